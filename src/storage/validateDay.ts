/**
 * Shapes of the v2 records (`days` figures, `archive` packed events) and the packing of events.
 * Pure. A packed event is checked by rebuilding the history record it came from and passing it
 * through validateHistoryRecord, so raw and packed events obey exactly the same rules.
 */

import { isNonNegativeFinite, isPlainObject } from '../core/guards.ts';
import type { DayFigures } from '../core/insights/dailyFigures.ts';
import type { HistoryKind } from '../core/schedulerTypes.ts';
import { eventId, isDayKey, validateHistoryRecord } from '../core/validateHistory.ts';
import type { ArchiveRecord, HistoryEventRecord, PackedEvent } from './schema.ts';

export const FIGURE_FIELDS = [
  'activeMs',
  'taken',
  'short',
  'natural',
  'snoozed',
  'skipped',
  'reminded',
  'breakMs',
  'longestStretchMs',
] as const satisfies readonly (keyof DayFigures)[];

export type FiguresCheck = { ok: true; record: DayFigures } | { ok: false; reason: string };

/** A figures record is derived data: a damaged one is not patched but rebuilt (dayRefresh.ts). */
export function validateDayFigures(v: unknown): FiguresCheck {
  if (!isPlainObject(v)) return { ok: false, reason: 'not an object' };
  if (!isDayKey(v.day)) return { ok: false, reason: 'day must be a date like 2024-05-31' };
  const record = { day: v.day } as DayFigures;
  for (const field of FIGURE_FIELDS) {
    // Short breaks came later: a day written before them had none, which is what 0 says.
    const value = field === 'short' && !Object.hasOwn(v, field) ? 0 : v[field];
    if (!isNonNegativeFinite(value)) return { ok: false, reason: `${field} must be a number, not negative` };
    record[field] = value;
  }
  return { ok: true, record };
}

export function packEvent(r: HistoryEventRecord): PackedEvent {
  const e: PackedEvent = { kind: r.kind, at: r.at };
  if (r.durationMs !== undefined) e.durationMs = r.durationMs;
  return e;
}

export function unpackEvent(day: string, e: PackedEvent): HistoryEventRecord {
  const r: HistoryEventRecord = { id: eventId(e.kind, e.at), day, kind: e.kind, at: e.at };
  if (e.durationMs !== undefined) r.durationMs = e.durationMs;
  return r;
}

export type ArchiveCheck = { ok: true; record: ArchiveRecord; dropped: string[] } | { ok: false; reason: string };

/** An archive record is checked event by event: a damaged event is dropped, the day's others kept. */
export function validateArchive(v: unknown): ArchiveCheck {
  if (!isPlainObject(v)) return { ok: false, reason: 'not an object' };
  if (!isDayKey(v.day)) return { ok: false, reason: 'day must be a date like 2024-05-31' };
  if (!Array.isArray(v.events)) return { ok: false, reason: 'events must be a list' };
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
  return { ok: true, record: { day: v.day, events }, dropped };
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
