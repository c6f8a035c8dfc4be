/**
 * Persists one scheduler step: the new state and the history it produced in ONE transaction, so a
 * crash can never keep the state without its history (double counting) or the reverse (loss).
 */
import type { HistoryEntry, SchedulerState } from '../core/schedulerTypes.ts';
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
  const tx = db.transaction(['state', 'history', 'meta'], 'readwrite');
  await Promise.all([
    tx.objectStore('state').put(checked.state, 'scheduler'),
    writeHistory(tx.objectStore('history'), tx.objectStore('meta'), plan, now),
    tx.done,
  ]);
  return { rejected: plan.rejected };
}
