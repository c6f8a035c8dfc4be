/**
 * Shapes of history records and of the entries the scheduler asks to record. Pure. Ids are derived
 * from content (`${kind}:${at}`, `active:${day}`), so a record whose id does not match its content
 * is damaged: writing the same event again would not find it.
 */
import type { Checked } from './checked.ts';
import { isFiniteNumber, isNonNegativeFinite, isPlainObject } from './guards.ts';
import type { HistoryEventRecord, HistoryRecord } from './historyRecords.ts';
import type { HistoryKind } from './schedulerTypes.ts';

// A record type, so a kind added to HistoryKind does not compile until it is listed here.
const KIND_SET = {
  taken: true,
  short: true,
  natural: true,
  snoozed: true,
  skipped: true,
  reminded: true,
} satisfies Record<HistoryKind, true>;
export const EVENT_KINDS = Object.keys(KIND_SET) as HistoryKind[];

const isEventKind = (v: unknown): v is HistoryKind => typeof v === 'string' && Object.hasOwn(KIND_SET, v);

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const isDayKey = (v: unknown): v is string => typeof v === 'string' && DAY.test(v);

export const eventId = (kind: HistoryKind, at: number) => `${kind}:${at}`;
export const activeId = (day: string) => `active:${day}`;

export type RecordCheck = Checked<HistoryRecord>;

export function validateHistoryRecord(v: unknown): RecordCheck {
  const bad = (reason: string): RecordCheck => ({ ok: false, reason });
  if (!isPlainObject(v)) return bad('not an object');
  if (!isDayKey(v.day)) return bad('day must be a date like 2024-05-31');
  if (v.kind === 'active') {
    if (!isNonNegativeFinite(v.ms)) return bad('ms must be a number of ms, not negative');
    if (v.id !== activeId(v.day)) return bad('id does not match its day');
    return { ok: true, record: { id: v.id, day: v.day, kind: 'active', ms: v.ms } };
  }
  if (!isEventKind(v.kind)) return bad(`kind must be one of active, ${EVENT_KINDS.join(', ')}`);
  if (!isNonNegativeFinite(v.at)) return bad('at must be a time (a number of ms, not negative)');
  if (v.durationMs !== undefined && !isNonNegativeFinite(v.durationMs)) {
    return bad('durationMs must be a number of ms, not negative');
  }
  if (v.id !== eventId(v.kind, v.at)) return bad('id does not match its kind and time');
  const record: HistoryEventRecord = { id: v.id, day: v.day, kind: v.kind, at: v.at };
  if (v.durationMs !== undefined) record.durationMs = v.durationMs;
  return { ok: true, record };
}

/** Why an entry cannot be recorded, or null. Active deltas may be negative (rule 1 takes time back). */
export function checkEntry(e: unknown): string | null {
  if (!isPlainObject(e)) return 'entry is not an object';
  if (e.kind === 'active') {
    if (!isDayKey(e.day)) return `active entry: day must be a date like 2024-05-31, got ${JSON.stringify(e.day)}`;
    return isFiniteNumber(e.ms) ? null : `active entry for ${e.day}: ms must be a finite number`;
  }
  if (!isEventKind(e.kind)) return `entry kind must be one of active, ${EVENT_KINDS.join(', ')}`;
  if (!isNonNegativeFinite(e.at)) return `${e.kind} entry: at must be a time (a number of ms, not negative)`;
  if (e.durationMs !== undefined && !isNonNegativeFinite(e.durationMs)) {
    return `${e.kind} entry: durationMs must be a number of ms, not negative`;
  }
  return null;
}
