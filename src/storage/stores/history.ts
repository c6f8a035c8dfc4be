/**
 * The `history` store: events by a stable id (`kind:at`, so the same event written twice is one
 * record) and each local day's active-time total (`active:YYYY-MM-DD`), indexed by day. The record
 * shapes and their validator are in core (src/core/historyRecords.ts, validateHistory.ts) because
 * pure code (backups, insights) checks the same records. Written only with a scheduler step
 * (operations/commitStep.ts) or a backup import; a damaged record is removed, with a notice, by the
 * next step that rebuilds its day or the next read that meets it.
 */
import type { HistoryEventRecord, HistoryRecord } from '../../core/historyRecords.ts';
import { dayKey } from '../../core/localDay.ts';
import type { HistoryEntry } from '../../core/schedulerTypes.ts';
import { activeId, checkEntry, eventId, validateHistoryRecord } from '../../core/validateHistory.ts';
import { type Damaged, repairEach } from '../repair.ts';
import type { LimberDb, LimberStore, StoreIn } from '../schema.ts';
import { appendNotice } from './meta.ts';

declare module '../schema.ts' {
  interface LimberSchema {
    history: { key: string; value: HistoryRecord; indexes: { day: string } };
  }
}

export interface HistoryPlan {
  events: HistoryEventRecord[];
  /** Active-time delta per local day, summed over the entries. */
  deltas: Map<string, number>;
  /** Entries that cannot be recorded, in words; they are written nowhere. */
  rejected: string[];
}

/** Pure: checks a step's entries and turns them into records and per-day deltas. */
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

/**
 * Writes a plan with stores of a transaction the caller holds. Events are put by id; deltas are
 * added to the day's total, never below 0 (rule 1's idle correction can take time back). A
 * damaged total is reset to the delta and reported.
 */
export async function writeHistory<T extends ArrayLike<LimberStore>>(
  history: StoreIn<T, 'history'>,
  meta: StoreIn<T, 'meta'>,
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

/** Removes damaged history records a read skipped, re-checked inside the write, with one notice. */
export async function removeDamagedHistory(db: LimberDb, damaged: readonly Damaged[], at: number): Promise<void> {
  await repairEach(
    db,
    ['history'],
    damaged,
    async (tx, item) => {
      const store = tx.objectStore('history');
      const current: unknown = await store.get(item.key as string);
      if (current === undefined || validateHistoryRecord(current).ok) return false;
      await store.delete(item.key as string);
      return true;
    },
    damagedHistoryNotice,
    at,
  );
}

export const damagedHistoryNotice = (count: number, reasons: string): string =>
  `${count} damaged history records removed (${reasons})`;
