/**
 * Reads for the insights and for backups.
 * - readDayFigures: the `days` figures of a run of days, one small record per day: all the Insights
 *   page and the popup need (two years in one read).
 * - readInsightRecords: every record behind them (raw history, archived events unpacked, and the
 *   longest stretches), for export.
 * Damaged records are skipped at once, then removed or rebuilt, with a notice (repairDamaged.ts).
 */
import type { DayFigures } from '../core/insights/dailyFigures.ts';
import { type InsightRecord, stretchRecord } from '../core/insights/stretchRecord.ts';
import { isDayKey, validateHistoryRecord } from '../core/validateHistory.ts';
import { type Damaged, discardDamaged } from './discardDamaged.ts';
import { repairArchive, repairFigures } from './repairDamaged.ts';
import type { LimberDb } from './schema.ts';
import { unpackEvent, validateArchive, validateDayFigures } from './validateDay.ts';

function rangeOf(fromDay: string | null, toDay: string | null): IDBKeyRange | null {
  for (const day of [fromDay, toDay]) {
    if (day !== null && !isDayKey(day)) throw new RangeError(`Insights need days like 2024-05-31, got ${day}`);
  }
  if (fromDay !== null && toDay !== null) return IDBKeyRange.bound(fromDay, toDay);
  if (fromDay !== null) return IDBKeyRange.lowerBound(fromDay);
  return toDay !== null ? IDBKeyRange.upperBound(toDay) : null;
}

/** Figures of the days fromDay..toDay that have any; days without a record had nothing. */
export async function readDayFigures(
  db: LimberDb,
  fromDay: string,
  toDay: string,
  now = Date.now(),
): Promise<DayFigures[]> {
  if (fromDay > toDay) return [];
  const values = (await db.getAll('days', rangeOf(fromDay, toDay))) as unknown[];
  const figures: DayFigures[] = [];
  const damaged: Damaged[] = [];
  for (const value of values) {
    const check = validateDayFigures(value);
    if (check.ok) figures.push(check.record);
    else damaged.push({ key: (value as { day: IDBValidKey }).day, reason: check.reason });
  }
  if (damaged.length === 0) return figures;
  // Rebuilt from history, then read again: the page shows the repaired figures at once.
  await repairFigures(db, damaged, now);
  const again = (await db.getAll('days', rangeOf(fromDay, toDay))) as unknown[];
  return again.flatMap((v) => {
    const check = validateDayFigures(v);
    return check.ok ? [check.record] : [];
  });
}

export interface InsightsRead {
  records: InsightRecord[];
  /** One line per damaged record skipped (and removed or repaired). */
  damaged: string[];
}

/** Every record of fromDay..toDay (null: unbounded). Order is not defined; sort if it matters. */
export async function readInsightRecords(
  db: LimberDb,
  fromDay: string | null,
  toDay: string | null,
  now = Date.now(),
): Promise<InsightsRead> {
  const range = rangeOf(fromDay, toDay);
  if (fromDay !== null && toDay !== null && fromDay > toDay) return { records: [], damaged: [] };
  const tx = db.transaction(['history', 'archive', 'days']);
  // getAll only: with an inline key path the key is the value's own id (or day).
  const [history, archive, days] = await Promise.all([
    tx.objectStore('history').index('day').getAll(range),
    tx.objectStore('archive').getAll(range),
    tx.objectStore('days').getAll(range),
    tx.done,
  ]);
  const records: InsightRecord[] = [];
  const badHistory: Damaged[] = [];
  for (const value of history as unknown[]) {
    const check = validateHistoryRecord(value);
    if (check.ok) records.push(check.record);
    else badHistory.push({ key: (value as { id: IDBValidKey }).id, reason: check.reason });
  }
  const badArchive: Damaged[] = [];
  for (const value of archive as unknown[]) {
    const check = validateArchive(value);
    const key = (value as { day: IDBValidKey }).day;
    if (!check.ok) badArchive.push({ key, reason: check.reason });
    else {
      if (check.dropped.length > 0) badArchive.push({ key, reason: check.dropped.join(', ') });
      for (const e of check.record.events) records.push(unpackEvent(check.record.day, e));
    }
  }
  const badDays: Damaged[] = [];
  for (const value of days as unknown[]) {
    const check = validateDayFigures(value);
    if (!check.ok) badDays.push({ key: (value as { day: IDBValidKey }).day, reason: check.reason });
    else if (check.record.longestStretchMs > 0)
      records.push(stretchRecord(check.record.day, check.record.longestStretchMs));
  }
  await discardDamaged(db, 'history', badHistory, (v) => !validateHistoryRecord(v).ok, 'history records', now);
  await repairArchive(db, badArchive, now);
  await repairFigures(db, badDays, now);
  const damaged = [...badHistory, ...badArchive, ...badDays].map((d) => `${String(d.key)}: ${d.reason}`);
  return { records, damaged };
}
