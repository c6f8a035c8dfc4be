/**
 * Export (CSV of daily figures, JSON backup of the history) and import of a JSON backup. The file is
 * checked whole, shape and sense, before anything is written (src/core/insights/backupParse.ts); the
 * write is one transaction, merged without duplicates. An import that takes more than half a second
 * shows its progress.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { exportBackup, MAX_BACKUP_BYTES } from '../../core/insights/backupFormat.ts';
import { type BackupProblem, parseBackup } from '../../core/insights/backupParse.ts';
import { figuresCsv } from '../../core/insights/csv.ts';
import { type DayFigures, dailyFigures } from '../../core/insights/dailyFigures.ts';
import { rangeFigures } from '../../core/insights/rangeFigures.ts';
import { dayKey } from '../../core/localDay.ts';
import { t } from '../i18n.ts';
import { saveText } from './download.ts';
import type { InsightsSource } from './source.ts';

type Outcome = { kind: 'none' } | { kind: 'info'; text: string } | { kind: 'refused'; lines: string[] };

/** Where a long import stands: reading and checking the file, then writing its records. */
type Progress = { stage: 'checking' } | { stage: 'writing'; done: number; total: number };

/** Shorter imports finish before a progress bar would be worth showing. */
export const PROGRESS_DELAY_MS = 500;

function ImportProgressBar({ progress }: { progress: Progress }) {
  const text =
    progress.stage === 'checking'
      ? t('ins_import_checking')
      : t('ins_import_writing', [progress.done.toLocaleString(), progress.total.toLocaleString()]);
  return (
    <div class="ins-progress">
      {progress.stage === 'checking' ? (
        <progress aria-label={text} />
      ) : (
        <progress aria-label={text} max={progress.total} value={progress.done} />
      )}
      <p aria-hidden="true">{text}</p>
    </div>
  );
}

const problemText = (p: BackupProblem) => t(`ins_err_${p.code}`, p.subs);

/** Every day from the first with data to today, empty days included, so a spreadsheet sees gaps. */
function allDays(byDay: ReadonlyMap<string, DayFigures>, today: string): DayFigures[] {
  const first = [...byDay.keys()].reduce((min, d) => (d < min ? d : min), today);
  return rangeFigures(byDay, first, today);
}

export function BackupPanel({
  source,
  now,
  onImported,
}: {
  source: InsightsSource;
  now: () => number;
  onImported: () => void;
}) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  // Shown only once the import has taken PROGRESS_DELAY_MS; the timer lives as long as the import.
  const [showProgress, setShowProgress] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(timer.current ?? undefined), []);

  async function run(work: () => Promise<Outcome>) {
    setBusy(true);
    try {
      setOutcome(await work());
    } catch (error) {
      setOutcome({ kind: 'refused', lines: [t('ins_import_failed', (error as Error).message)] });
    } finally {
      setBusy(false);
    }
  }

  const exportFile = (kind: 'csv' | 'json') =>
    run(async () => {
      const at = now();
      const records = await source.exportRecords(at);
      const name = `limber-history-${dayKey(at)}.${kind}`;
      if (kind === 'json') saveText(name, 'application/json', exportBackup(records, at));
      else saveText(name, 'text/csv', figuresCsv(allDays(dailyFigures(records), dayKey(at))));
      return { kind: 'info', text: t('ins_export_done', name) };
    });

  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires a change again.
    input.value = '';
    if (!file) return;
    setProgress({ stage: 'checking' });
    timer.current = setTimeout(() => setShowProgress(true), PROGRESS_DELAY_MS);
    const finished = () => {
      clearTimeout(timer.current ?? undefined);
      setShowProgress(false);
      setProgress(null);
    };
    void run(async () => {
      // A huge file is refused before it is read into memory.
      if (file.size > MAX_BACKUP_BYTES)
        return { kind: 'refused', lines: [t('ins_err_tooLarge', MAX_BACKUP_BYTES / 1e6)] };
      const parsed = parseBackup(await file.text(), now());
      if (!parsed.ok) return { kind: 'refused', lines: parsed.problems.map(problemText) };
      const result = await source.importRecords(parsed.records, now(), (done, total) =>
        setProgress({ stage: 'writing', done, total }),
      );
      onImported();
      return {
        kind: 'info',
        text: t('ins_import_done', [result.added, result.raised, result.unchanged, result.tooOld]),
      };
    }).finally(finished);
  };

  return (
    <section class="ins-section" aria-labelledby="ins-backup">
      <h2 id="ins-backup">{t('ins_backup')}</h2>
      <p class="ins-note">{t('ins_backup_intro')}</p>
      <div class="ins-actions">
        <button type="button" disabled={busy} onClick={() => void exportFile('csv')}>
          {t('ins_export_csv')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportFile('json')}>
          {t('ins_export_json')}
        </button>
      </div>
      {/* The file input itself stays (keyboard, screen readers, the browser's picker), visually
          replaced by its label drawn as a button; the input's focus ring is shown on the label. */}
      <div class="ins-import">
        <input
          id="ins-import-file"
          class="ins-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => importFile(e.currentTarget)}
        />
        <label for="ins-import-file" class="ins-file-button" aria-disabled={busy}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              d="M8 10.5V2.5M4.5 6 8 2.5 11.5 6M2.5 10.5v3h11v-3"
              fill="none"
              stroke="currentColor"
              stroke-width="1.6"
              stroke-linecap="round"
              stroke-linejoin="round"
            />
          </svg>
          {t('ins_import_label')}
        </label>
        <p class="ins-note">{t('ins_import_hint')}</p>
      </div>
      {showProgress && progress ? <ImportProgressBar progress={progress} /> : null}
      <div aria-live="polite" class="ins-outcome">
        {outcome.kind === 'info' ? <p>{outcome.text}</p> : null}
      </div>
      {outcome.kind === 'refused' ? (
        <div role="alert" class="ins-refused">
          <p>{t('ins_import_refused')}</p>
          <ul>
            {outcome.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
