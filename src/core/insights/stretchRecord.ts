/**
 * The longest unbroken active stretch of a day, as it travels in a backup and in the insights
 * records: `{ id: 'stretch:YYYY-MM-DD', day, kind: 'longestStretch', ms }`. In the database it is a
 * field of the day's record in the `days` store (src/storage/stores/days.ts). Pure.
 */

import type { Checked } from '../checked.ts';
import { isNonNegativeFinite, isPlainObject } from '../guards.ts';
import type { HistoryRecord } from '../historyRecords.ts';
import { isDayKey } from '../validateHistory.ts';

export interface StretchRecord {
  id: string;
  day: string;
  kind: 'longestStretch';
  ms: number;
}

/** Everything the insights read and a backup carries: history records plus stretch records. */
export type InsightRecord = HistoryRecord | StretchRecord;

export const stretchId = (day: string) => `stretch:${day}`;

export const stretchRecord = (day: string, ms: number): StretchRecord => ({
  id: stretchId(day),
  day,
  kind: 'longestStretch',
  ms,
});

export type StretchCheck = Checked<StretchRecord>;

/** Same shape rules as validateHistoryRecord: the id must follow from the content. */
export function validateStretchRecord(v: unknown): StretchCheck {
  if (!isPlainObject(v)) return { ok: false, reason: 'not an object' };
  if (!isDayKey(v.day)) return { ok: false, reason: 'day must be a date like 2024-05-31' };
  if (v.kind !== 'longestStretch') return { ok: false, reason: 'kind must be longestStretch' };
  if (!isNonNegativeFinite(v.ms)) return { ok: false, reason: 'ms must be a number of ms, not negative' };
  if (v.id !== stretchId(v.day)) return { ok: false, reason: 'id does not match its day' };
  return { ok: true, record: stretchRecord(v.day, v.ms) };
}
