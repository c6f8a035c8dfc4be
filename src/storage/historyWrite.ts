/**
 * Writing history, split from the repository so a caller can record a scheduler step's history in
 * the same transaction as the state it produced (state and history then never disagree).
 */
import type { IDBPObjectStore } from 'idb';
import { dayKey } from '../core/localDay.ts';
import type { HistoryEntry } from '../core/schedulerTypes.ts';
import { activeId, checkEntry, eventId, validateHistoryRecord } from '../core/validateHistory.ts';
import { appendNotice } from './notices.ts';
import type { HistoryEventRecord, LimberSchema, LimberStore } from './schema.ts';

export interface HistoryPlan {
  events: HistoryEventRecord[];
  /** Active-time delta per local day, summed over the entries. */
  deltas: Map<string, number>;
  /** Entries that cannot be recorded, in words; they are written nowhere. */
  rejected: string[];
}

/** Pure: checks the entries and turns them into records and per-day deltas. */
export function planHistory(entries: readonly HistoryEntry[]): HistoryPlan {
  const plan: HistoryPlan = { events: [], deltas: new Map(), rejected: [] };
  for (const entry of entries) {
    const problem = checkEntry(entry);
    if (problem) plan.rejected.push(problem);
    else if (entry.kind === 'active') plan.deltas.set(entry.day, (plan.deltas.get(entry.day) ?? 0) + entry.ms);
    else {
      // The day is fixed when the event happens, in the zone the user was in then.
      const record: HistoryEventRecord = {
        id: eventId(entry.kind, entry.at),
        day: dayKey(entry.at),
        kind: entry.kind,
        at: entry.at,
      };
      if (entry.durationMs !== undefined) record.durationMs = entry.durationMs;
      plan.events.push(record);
    }
  }
  return plan;
}

export const isEmptyPlan = (plan: HistoryPlan) => plan.events.length === 0 && plan.deltas.size === 0;

type Store<T extends ArrayLike<LimberStore>, N extends LimberStore> = IDBPObjectStore<LimberSchema, T, N, 'readwrite'>;

/**
 * Writes a plan with stores of a transaction the caller holds. Events are put by id (the same event
 * twice is one record); deltas are added to the day's total, never below 0 (rule 1 can take time
 * back). A damaged total is reset to the delta and reported.
 */
export async function writeHistory<T extends ArrayLike<LimberStore>>(
  history: Store<T, 'history'>,
  meta: Store<T, 'meta'>,
  plan: HistoryPlan,
  now: number,
): Promise<void> {
  for (const record of plan.events) await history.put(record);
  const reset: string[] = [];
  for (const [day, delta] of plan.deltas) {
    const id = activeId(day);
    const raw: unknown = await history.get(id);
    const current = raw === undefined ? null : validateHistoryRecord(raw);
    let base = 0;
    if (current?.ok && current.record.kind === 'active') base = current.record.ms;
    else if (current) reset.push(`${day}: ${current.ok ? 'not an active-time total' : current.reason}`);
    await history.put({ id, day, kind: 'active', ms: Math.max(0, base + delta) });
  }
  if (reset.length > 0) await appendNotice(meta, `Damaged active-time totals were reset (${reset.join('; ')})`, now);
}
