/**
 * Persists one scheduler step in ONE transaction: the new state, the history it produced, and the
 * daily figures that history changes, so a crash can never keep the state without its history
 * (double counting), the history without the state (loss) or either without the figures. The
 * figures: the longest-stretch run advanced by the step's history (src/core/insights/stretchRun.ts)
 * and every day the step touched rebuilt from its records.
 */
import { advanceRun } from '../../core/insights/stretchRun.ts';
import { dayKey } from '../../core/localDay.ts';
import type { HistoryEntry, SchedulerState } from '../../core/schedulerTypes.ts';
import { checkEntry } from '../../core/validateHistory.ts';
import { dayStores } from '../dayRange.ts';
import type { LimberDb } from '../schema.ts';
import { refreshDay } from '../stores/days.ts';
import { planHistory, writeHistory } from '../stores/history.ts';
import { readNumberIn } from '../stores/meta.ts';
import { putState } from '../stores/state.ts';

export async function commitStep(
  db: LimberDb,
  state: SchedulerState,
  entries: readonly HistoryEntry[],
  now = Date.now(),
): Promise<{ rejected: string[] }> {
  const plan = planHistory(entries);
  const tx = db.transaction(['state', 'history', 'meta', 'archive', 'days'], 'readwrite');
  const meta = tx.objectStore('meta');
  const writeFigures = async () => {
    if (entries.length === 0) return;
    const before = (await readNumberIn(meta, 'stretchRun')) ?? 0;
    const { run, peaks } = advanceRun(before, entries);
    if (run !== before) await meta.put(run, 'stretchRun');
    const touched = new Set(peaks.keys());
    for (const entry of entries) {
      if (checkEntry(entry) === null) touched.add(entry.kind === 'active' ? entry.day : dayKey(entry.at));
    }
    for (const day of touched) await refreshDay(dayStores(tx), day, peaks.get(day) ?? 0);
  };
  await Promise.all([
    // First: a state the next load would refuse throws here, before any write is queued.
    putState(tx.objectStore('state'), state),
    // After the history, so a failing history write (a full disk) is the error the caller sees.
    writeHistory(tx.objectStore('history'), meta, plan, now).then(writeFigures),
    tx.done,
  ]);
  return { rejected: plan.rejected };
}
