/**
 * The `archive` store (schema v2): the events of a day older than 90 days, packed into one record
 * per day by the daily maintenance. Packing keeps every event, so no figure and no backup changes.
 * A packed event is checked by rebuilding the history record it came from and passing it through
 * the history validator, so raw and packed events obey exactly the same rules. A damaged archive
 * record keeps its good events, or is removed when nothing of it is usable.
 */
import type { Checked } from '../../core/checked.ts';
import { isPlainObject } from '../../core/guards.ts';
import type { HistoryEventRecord } from '../../core/historyRecords.ts';
import type { HistoryKind } from '../../core/schedulerTypes.ts';
import { eventId, isDayKey, validateHistoryRecord } from '../../core/validateHistory.ts';
import { type Damaged, repairEach } from '../repair.ts';
import type { LimberDb } from '../schema.ts';

/** An event kept inside its day's archive record. */
export interface PackedEvent {
  kind: HistoryKind;
  at: number;
  durationMs?: number;
}

export interface ArchiveRecord {
  day: string;
  events: PackedEvent[];
}

declare module '../schema.ts' {
  interface LimberSchema {
    archive: { key: string; value: ArchiveRecord };
  }
}

function packEvent(r: HistoryEventRecord): PackedEvent {
  const e: PackedEvent = { kind: r.kind, at: r.at };
  if (r.durationMs !== undefined) e.durationMs = r.durationMs;
  return e;
}

export function unpackEvent(day: string, e: PackedEvent): HistoryEventRecord {
  const r: HistoryEventRecord = { id: eventId(e.kind, e.at), day, kind: e.kind, at: e.at };
  if (e.durationMs !== undefined) r.durationMs = e.durationMs;
  return r;
}

/** The record with its good events, and why each other event was dropped; null when nothing is usable. */
function sortOut(v: unknown): { record: ArchiveRecord; dropped: string[] } | { reason: string } {
  if (!isPlainObject(v)) return { reason: 'not an object' };
  if (!isDayKey(v.day)) return { reason: 'day must be a date like 2024-05-31' };
  if (!Array.isArray(v.events)) return { reason: 'events must be a list' };
  const events: PackedEvent[] = [];
  const dropped: string[] = [];
  for (const e of v.events as unknown[]) {
    if (!isPlainObject(e) || e.kind === 'active') {
      dropped.push('a packed event must be an event object');
      continue;
    }
    const check = validateHistoryRecord({ ...e, id: eventId(e.kind as HistoryKind, e.at as number), day: v.day });
    if (check.ok && check.record.kind !== 'active') events.push(packEvent(check.record));
    else dropped.push(`packed event: ${check.ok ? 'not an event' : check.reason}`);
  }
  return { record: { day: v.day, events }, dropped };
}

/** Damaged as soon as one event is: the reason names each dropped event. */
export function validateArchive(v: unknown): Checked<ArchiveRecord> {
  const sorted = sortOut(v);
  if ('reason' in sorted) return { ok: false, reason: sorted.reason };
  if (sorted.dropped.length > 0) return { ok: false, reason: sorted.dropped.join(', ') };
  return { ok: true, record: sorted.record };
}

/** What a damaged record still holds: its good events (readers count them), or null. */
export function salvageArchive(v: unknown): ArchiveRecord | null {
  const sorted = sortOut(v);
  return 'reason' in sorted ? null : sorted.record;
}

/** Adds events to an archive record, one per id, in time order. */
export function mergePacked(record: ArchiveRecord, events: readonly HistoryEventRecord[]): void {
  const have = new Set(record.events.map((e) => eventId(e.kind, e.at)));
  for (const r of events) {
    if (have.has(r.id)) continue;
    have.add(r.id);
    record.events.push(packEvent(r));
  }
  record.events.sort((a, b) => a.at - b.at);
}

export async function repairArchive(db: LimberDb, damaged: readonly Damaged[], at: number): Promise<void> {
  await repairEach(
    db,
    ['archive'],
    damaged,
    async (tx, item) => {
      const store = tx.objectStore('archive');
      const current: unknown = await store.get(item.key as string);
      if (current === undefined || validateArchive(current).ok) return false;
      const good = salvageArchive(current);
      if (good) await store.put(good);
      else await store.delete(item.key as string);
      return true;
    },
    (count, reasons) => `${count} damaged archived days repaired (${reasons})`,
    at,
  );
}
