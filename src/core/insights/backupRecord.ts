/**
 * The shape of one backup record, with a reason a person can act on when it is wrong: which record,
 * which field, what was found ("Record 12 (active, 2024-05-31): the amount of time is not a number of
 * milliseconds (found "NaN")"). The checks are the database's own (validateHistoryRecord,
 * validateStretchRecord), which stay the last word; this only says in plain words what they refuse.
 * Pure.
 */
import { quote } from '../fileHeader.ts';
import { isNonNegativeFinite, isPlainObject } from '../guards.ts';
import { EVENT_KINDS, isDayKey, validateHistoryRecord } from '../validateHistory.ts';
import { type BackupProblem, problem } from './backupProblem.ts';
import { type InsightRecord, validateStretchRecord } from './stretchRecord.ts';

const TOTAL_KINDS = ['active', 'longestStretch'];
const RECORD_KEYS: Record<string, readonly string[]> = {
  active: ['id', 'day', 'kind', 'ms'],
  longestStretch: ['id', 'day', 'kind', 'ms'],
  event: ['id', 'day', 'kind', 'at', 'durationMs'],
};

export type RecordCheck = { record: InsightRecord } | { problem: BackupProblem };

/** Record number `n` (1-based), or the first reason it is refused. */
export function checkRecord(v: unknown, n: string): RecordCheck {
  const bad = (p: BackupProblem): RecordCheck => ({ problem: p });
  if (!isPlainObject(v)) {
    return bad(problem('rec_notObject', `Record ${n} is not a record (an object with an id, a day and a kind).`, [n]));
  }
  const missing = (field: string): RecordCheck =>
    bad(problem('rec_missing', `Record ${n} has no "${field}".`, [n, `"${field}"`]));
  if (v.day === undefined) return missing('day');
  if (v.kind === undefined) return missing('kind');
  if (!isDayKey(v.day)) {
    const found = quote(v.day);
    return bad(problem('rec_badDay', `Record ${n}: the day ${found} is not a date like 2024-05-31.`, [n, found]));
  }
  const isTotal = TOTAL_KINDS.includes(v.kind as string);
  if (!isTotal && !(EVENT_KINDS as unknown[]).includes(v.kind)) {
    const found = quote(v.kind);
    return bad(problem('rec_badKind', `Record ${n}: ${found} is not a kind of record Limber keeps.`, [n, found]));
  }
  const where = [n, String(v.kind), v.day];
  const place = `Record ${n} (${String(v.kind)}, ${v.day})`;
  if (isTotal && v.ms === undefined) return missing('ms');
  if (!isTotal && v.at === undefined) return missing('at');
  if (isTotal && !isNonNegativeFinite(v.ms)) {
    const found = quote(v.ms);
    const message = `${place}: the amount of time is not a number of milliseconds (found ${found}).`;
    return bad(problem('rec_badNumber', message, [...where, found]));
  }
  if (!isTotal && !isNonNegativeFinite(v.at)) {
    const found = quote(v.at);
    return bad(
      problem('rec_badTime', `${place}: the time is not a number of milliseconds (found ${found}).`, [...where, found]),
    );
  }
  if (!isTotal && v.durationMs !== undefined && !isNonNegativeFinite(v.durationMs)) {
    const found = quote(v.durationMs);
    const message = `${place}: the length is not a number of milliseconds (found ${found}).`;
    return bad(problem('rec_badLength', message, [...where, found]));
  }
  const allowed = RECORD_KEYS[isTotal ? (v.kind as string) : 'event'] ?? [];
  const extra = Object.keys(v).find((key) => !allowed.includes(key));
  if (extra !== undefined) {
    const field = quote(extra);
    return bad(problem('rec_extraField', `Record ${n}: unexpected field ${field}.`, [n, field]));
  }
  const check = v.kind === 'longestStretch' ? validateStretchRecord(v) : validateHistoryRecord(v);
  if (!check.ok) {
    // Everything else has been checked above: what is left is an id that does not follow from the content.
    const id = quote(v.id);
    return bad(problem('rec_idMismatch', `Record ${n}: its id ${id} does not match its kind, day or time.`, [n, id]));
  }
  return { record: check.record };
}
