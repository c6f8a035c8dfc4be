/**
 * One weekday of the working hours: on/off, start and end (stored as minutes after midnight). The
 * row's message appears beside it; an invalid row (start not before end) is never saved.
 */
import { useId, useRef, useState } from 'preact/hooks';
import { checkField, type DayHours } from '../../core/settings.ts';
import { t } from '../i18n.ts';
import { errorFor, errorText, minutesToTime, timeToMinutes } from './fieldText.ts';
import { isLocked, usePrefsApi } from './prefsContext.ts';

export function DayRow({ day, name }: { day: number; name: string }) {
  const api = usePrefsApi();
  const stored = api.prefs.workingHours[day] as DayHours;
  const [start, setStart] = useState(minutesToTime(stored.start));
  const [end, setEnd] = useState(minutesToTime(stored.end));
  const [error, setError] = useState('');
  const startInput = useRef<HTMLInputElement>(null);
  const endInput = useRef<HTMLInputElement>(null);
  const id = useId();
  const locked = isLocked(api, 'workingHours');

  // The row this day last sent, until it is shown as the stored row (or refused).
  const sent = useRef<DayHours | null>(null);

  // A new stored row (save, reset, import): show it. While rendering, so no late effect races typing.
  // The answer to this row's own save can arrive after the person changed a time again: that stays.
  const [shown, setShown] = useState(stored);
  if (shown.start !== stored.start || shown.end !== stored.end) {
    const changedSince = timeToMinutes(start) !== stored.start || timeToMinutes(end) !== stored.end;
    const keep = sent.current !== null && changedSince;
    if (sent.current?.start === stored.start && sent.current.end === stored.end) sent.current = null;
    setShown(stored);
    if (!keep) {
      setStart(minutesToTime(stored.start));
      setEnd(minutesToTime(stored.end));
      setError('');
    }
  }

  /** Saves the row with `change` applied; resolves to whether it was saved. */
  async function commit(on: boolean): Promise<boolean> {
    // Read both inputs: a change can arrive before the render that follows its input event.
    const change = { on, start: startInput.current?.value ?? start, end: endInput.current?.value ?? end };
    setStart(change.start);
    setEnd(change.end);
    const message = await save(change);
    // A later change already gave the row its own message; this answer is about times no longer shown.
    const current = startInput.current?.value === change.start && endInput.current?.value === change.end;
    if (current || !startInput.current) setError(message);
    return message === '';
  }

  async function save(change: { on: boolean; start: string; end: string }): Promise<string> {
    const startMin = timeToMinutes(change.start);
    const endMin = timeToMinutes(change.end);
    if (startMin === null || endMin === null) return t('opt_hours_timeMissing');
    const next: DayHours = { on: change.on, start: startMin, end: endMin };
    const hours = api.prefs.workingHours.map((d, i) => (i === day ? next : d));
    // From time inputs the only possible problem is the order; say it in the row's own words.
    if (checkField('workingHours', hours)) return t('opt_hours_order');
    sent.current = next;
    try {
      const refused = errorFor(await api.save({ workingHours: hours }), 'workingHours');
      if (refused && sent.current === next) sent.current = null;
      return refused ? errorText(refused) : '';
    } catch (e) {
      if (sent.current === next) sent.current = null;
      return t('opt_saveFailed', (e as Error).message);
    }
  }

  function toggle(input: HTMLInputElement) {
    // Not saved: put the box back, so it never shows a day that is not in effect.
    commit(input.checked).then((saved) => {
      if (!saved) input.checked = stored.on;
    });
  }

  return (
    <fieldset class="opt-day" aria-labelledby={`${id}-name`} data-day={day}>
      <div class="opt-check opt-day-name">
        <input
          id={`${id}-on`}
          type="checkbox"
          checked={stored.on}
          disabled={locked}
          onChange={(e) => toggle(e.currentTarget)}
        />
        <label id={`${id}-name`} for={`${id}-on`}>
          {name}
        </label>
      </div>
      <label for={`${id}-start`}>{t('opt_hours_from')}</label>
      <input
        id={`${id}-start`}
        ref={startInput}
        type="time"
        value={start}
        disabled={locked}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onInput={(e) => setStart(e.currentTarget.value)}
        onChange={() => void commit(stored.on)}
      />
      <label for={`${id}-end`}>{t('opt_hours_to')}</label>
      <input
        id={`${id}-end`}
        ref={endInput}
        type="time"
        value={end}
        disabled={locked}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onInput={(e) => setEnd(e.currentTarget.value)}
        onChange={() => void commit(stored.on)}
      />
      <p id={`${id}-err`} class="opt-error opt-day-error" hidden={!error}>
        {error}
      </p>
    </fieldset>
  );
}
