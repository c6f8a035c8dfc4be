/** One checklist item: a real checkbox with a label, its explanation and sources, and the re-confirm prompt. */
import { useId, useRef } from 'preact/hooks';
import type { CheckState } from '../../core/content/checklistProgress.ts';
import type { ChecklistItem } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { SourceLinks } from '../shared/SourceLinks.tsx';

interface ChecklistRowProps {
  item: ChecklistItem;
  state: CheckState;
  disabled: boolean;
  onToggle(id: string, checked: boolean): void;
  onConfirm(id: string): void;
}

export function ChecklistRow({ item, state, disabled, onToggle, onConfirm }: ChecklistRowProps) {
  const inputId = useId();
  const detailId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const title = t(item.titleKey);

  const confirm = () => {
    onConfirm(item.id);
    // The Confirm button disappears once confirmed; park focus on the item instead of losing it.
    inputRef.current?.focus();
  };

  return (
    <li class="lb-check" data-state={state} data-id={item.id}>
      <input
        ref={inputRef}
        id={inputId}
        type="checkbox"
        checked={state !== 'unchecked'}
        disabled={disabled}
        aria-describedby={detailId}
        onChange={(e) => onToggle(item.id, e.currentTarget.checked)}
      />
      <div class="lb-check-body">
        <label for={inputId} class="lb-check-title">
          {title}
        </label>
        <p id={detailId} class="lb-muted">
          {t(item.detailKey)}
        </p>
        <SourceLinks sources={item.sources} />
        {state === 'stale' && (
          <p class="lb-confirm">
            <span>{t('sect_checklist_stillTrue')}</span>
            <button
              type="button"
              class="lb-button lb-button-small"
              onClick={confirm}
              aria-label={t('sect_checklist_confirmLabel', title)}
            >
              {t('sect_checklist_confirm')}
            </button>
          </p>
        )}
      </div>
    </li>
  );
}
