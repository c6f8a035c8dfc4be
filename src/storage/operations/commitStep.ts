/**
 * Persists one scheduler step in ONE transaction: the new state, the history it produced, and the
 * daily figures that history changes, so a crash can never keep the state without its history
 * (double counting), the history without the state (loss) or either without the figures. The
 * figures: the longest-stretch run advanced by the step's history (src/core/insights/stretchRun.ts)
 * and every day the step touched rebuilt from its records; a damaged history record met while
 * rebuilding is removed in the same write, with a notice. The figures of one day can be read back
 * in the same transaction, so the caller's status needs no read of its own.
 */
import { type DayFigures, emptyDay } from '../../core/insights/dailyFigures.ts';
import { advanceRun } from '../../core/insights/stretchRun.ts';
import { dayKey } from '../../core/localDay.ts';
import type { HistoryEntry, SchedulerState } from '../../core/schedulerTypes.ts';
import { checkEntry } from '../../core/validateHistory.ts';
import { dayStores } from '../dayRange.ts';
import { type Damaged, summarizeDamage } from '../repair.ts';
import type { LimberDb } from '../schema.ts';
import { refreshDay, validateDayFigures } from '../stores/days.ts';
import { damagedHistoryNotice, planHistory, writeHistory } from '../stores/history.ts';
import { appendNotice, readNumberIn } from '../stores/meta.ts';
import { putState } from '../stores/state.ts';

export interface Committed {
  /** Entries that could not be recorded, in words; nothing of them was written. */
  rejected: string[];
  /** The figures of the day asked for, as stored after the step (a day with nothing: all zero); null when not asked for or damaged. */
  figures: DayFigures | null;
}

export async function commitStep(
  db: LimberDb,
  state: SchedulerState,
  entries: readonly HistoryEntry[],
  now = Date.now(),
  figuresOf: string | null = null,
): Promise<Committed> {
  const plan = planHistory(entries);
  const tx = db.transaction(['state', 'history', 'meta', 'archive', 'days'], 'readwrite');
  const stores = dayStores(tx);
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
    const damaged: Damaged[] = [];
    for (const day of touched) damaged.push(...(await refreshDay(stores, day, peaks.get(day) ?? 0)));
    if (damaged.length === 0) return;
    for (const item of damaged) await stores.history.delete(item.key as string);
    await appendNotice(meta, damagedHistoryNotice(damaged.length, summarizeDamage(damaged)), now);
  };
  const readFigures = async (): Promise<DayFigures | null> => {
    if (figuresOf === null) return null;
    const stored: unknown = await stores.days.get(figuresOf);
    // Blank days are not stored.
    if (stored === undefined) return emptyDay(figuresOf);
    const check = validateDayFigures(stored);
    return check.ok ? check.record : null;
  };
  const [, figures] = await Promise.all([
    // First: a state the next load would refuse throws here, before any write is queued.
    putState(tx.objectStore('state'), state),
    // After the history, so a failing history write (a full disk) is the error the caller sees.
    writeHistory(stores.history, meta, plan, now).then(writeFigures).then(readFigures),
    tx.done,
  ]);
  return { rejected: plan.rejected, figures };
}
