/**
 * "Pause reminders" as a disclosure (WAI-ARIA disclosure pattern): a toggle that shows four plain
 * buttons. A menu role would demand menu keyboard rules that nothing else in the popup uses.
 */
import { useId, useRef, useState } from 'preact/hooks';
import { PAUSE_CHOICES, type PauseRequest } from '../../messaging/protocol.ts';
import { t } from '../i18n.ts';

export interface PauseMenuProps {
  disabled: boolean;
  onPause: (request: PauseRequest) => void;
}

const choiceLabel = (minutes: number) =>
  minutes < 60 ? t('popup_pause_minutes', minutes) : t('popup_pause_hours', minutes / 60);

export function PauseMenu({ disabled, onPause }: PauseMenuProps) {
  const [open, setOpen] = useState(false);
  const choicesId = useId();
  const toggle = useRef<HTMLButtonElement>(null);

  const choose = (request: PauseRequest) => {
    setOpen(false);
    onPause(request);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Close the choices, not the whole popup, and give focus back to what opened them.
    event.preventDefault();
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <>
      <button
        ref={toggle}
        type="button"
        class="pause-toggle"
        aria-expanded={open}
        aria-controls={choicesId}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
      >
        {t('popup_action_pause')}
        <svg class="chevron" viewBox="0 0 10 6" width="10" height="6" aria-hidden="true" focusable="false">
          <path d="M1 1l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        </svg>
      </button>
      <fieldset id={choicesId} class="pause-choices" hidden={!open} onKeyDown={onKeyDown}>
        <legend class="visually-hidden">{t('popup_pause_choicesLabel')}</legend>
        {PAUSE_CHOICES.map((minutes) => (
          <button key={minutes} type="button" disabled={disabled} onClick={() => choose({ minutes })}>
            {choiceLabel(minutes)}
          </button>
        ))}
        <button type="button" disabled={disabled} onClick={() => choose({ untilTomorrow: true })}>
          {t('popup_pause_tomorrow')}
        </button>
      </fieldset>
    </>
  );
}
