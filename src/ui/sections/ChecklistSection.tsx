/**
 * Ergonomic checklist. Ticks persist through the injected ChecklistStore; `now` is injected so the
 * 7-day re-confirmation rule (core/content/checklistProgress.ts) is testable without real time.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { CHECKLIST } from '../../core/content/checklist.ts';
import { type CheckRecords, checklistProgress } from '../../core/content/checklistProgress.ts';
import type { ChecklistItem } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { ChecklistRow } from './ChecklistRow.tsx';
import type { ChecklistStore } from './checklistStore.ts';
import './sections.css';

export interface ChecklistSectionProps {
  store: ChecklistStore;
  now: () => number;
  items?: readonly ChecklistItem[];
}

type LoadStatus = 'loading' | 'ready' | 'failed';

export function ChecklistSection({ store, now, items = CHECKLIST }: ChecklistSectionProps) {
  const headingId = useId();
  const [records, setRecords] = useState<CheckRecords>({});
  const [status, setStatus] = useState<LoadStatus>('loading');
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    let live = true;
    store.load().then(
      (loaded) => {
        if (!live) return;
        setRecords(loaded);
        setStatus('ready');
      },
      () => {
        if (live) setStatus('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [store]);

  const write = (id: string, checked: boolean) => {
    const at = now();
    const previous = records[id];
    setRecords((r) => ({ ...r, [id]: { checked, at } }));
    setSaveFailed(false);
    store.set(id, checked, at).catch(() => {
      // Roll back only if nothing newer was written for this item meanwhile.
      setRecords((r) => {
        if (r[id]?.at !== at) return r;
        const next = { ...r };
        if (previous) next[id] = previous;
        else delete next[id];
        return next;
      });
      setSaveFailed(true);
    });
  };

  const progress = checklistProgress(items, records, now());
  const percent = progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100);

  return (
    <section class="lb-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sect_checklist_heading')}</h2>
      <p class="lb-muted">{t('sect_checklist_intro')}</p>
      <div class="lb-progress">
        <p class="lb-progress-text" aria-live="polite">
          <span>{t('sect_checklist_progress', [progress.done, progress.total])}</span>
          {progress.needsConfirm.length > 0 && (
            <span class="lb-progress-confirm">{t('sect_checklist_toConfirm', progress.needsConfirm.length)}</span>
          )}
        </p>
        <div class="lb-bar" aria-hidden="true">
          <div class="lb-bar-fill" style={{ width: `${percent}%` }} />
        </div>
      </div>
      {status === 'failed' && (
        <p class="lb-error" role="alert">
          {t('sect_checklist_loadError')}
        </p>
      )}
      {saveFailed && (
        <p class="lb-error" role="alert">
          {t('sect_checklist_saveError')}
        </p>
      )}
      <ul class="lb-checklist" aria-busy={status === 'loading'}>
        {items.map((item) => (
          <ChecklistRow
            key={item.id}
            item={item}
            state={progress.states[item.id] ?? 'unchecked'}
            disabled={status === 'loading'}
            onToggle={write}
            onConfirm={(id) => write(id, true)}
          />
        ))}
      </ul>
    </section>
  );
}
