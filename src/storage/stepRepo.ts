/**
 * Persists one scheduler step: the new state and the history it produced in ONE transaction, so a
 * crash can never keep the state without its history (double counting) or the reverse (loss). The
 * daily figures derived from that history (figuresWrite.ts) are rebuilt in the same transaction.
 */
import type { HistoryEntry, SchedulerState } from '../core/schedulerTypes.ts';
import { writeFigures } from './figuresWrite.ts';
import { planHistory, writeHistory } from './historyWrite.ts';
import type { LimberDb } from './schema.ts';
import { validateSchedulerState } from './validateState.ts';

export async function commitStep(
  db: LimberDb,
  state: SchedulerState,
  entries: readonly HistoryEntry[],
  now = Date.now(),
): Promise<{ rejected: string[] }> {
  const checked = validateSchedulerState(state);
  if (!checked.ok) throw new Error(`Scheduler state not saved: ${checked.problems.join('; ')}`);
  const plan = planHistory(entries);
  const tx = db.transaction(['state', 'history', 'meta', 'archive', 'days'], 'readwrite');
  const figureStores = {
    history: tx.objectStore('history'),
    archive: tx.objectStore('archive'),
    days: tx.objectStore('days'),
  };
  await Promise.all([
    tx.objectStore('state').put(checked.state, 'scheduler'),
    // After the history, so a failing history write (a full disk) is the error the caller sees.
    writeHistory(tx.objectStore('history'), tx.objectStore('meta'), plan, now).then(() =>
      writeFigures(figureStores, tx.objectStore('meta'), entries),
    ),
    tx.done,
  ]);
  return { rejected: plan.rejected };
}
