/**
 * The `days` store (schema v2): the figures of one day (docs/INSIGHTS.md), so the Insights page and
 * the popup read one small record per day instead of every event. Derived data: every write that
 * changes a day's history (a scheduler step, an import, the packing) rebuilds that day's figures in
 * the same transaction, from its records, so `days` never disagrees with history. Rebuilt, not
 * incremented: writing an event twice, or a crash between two writes, cannot make a count drift.
 * Only the longest stretch has no other source: it is kept, and raised by the step's peak. A damaged
 * figures record is not patched but rebuilt (its longest stretch restarts at 0).
 */
import type { Checked } from '../../core/checked.ts';
import { isNonNegativeFinite, isPlainObject } from '../../core/guards.ts';
import { type DayFigures, dailyFigures, emptyDay, isBlankDay } from '../../core/insights/dailyFigures.ts';
import { type StretchRecord, stretchRecord } from '../../core/insights/stretchRecord.ts';
import { isDayKey } from '../../core/validateHistory.ts';
import { type DayStores, dayStores, readDayRange } from '../dayRange.ts';
import { type Damaged, repairEach } from '../repair.ts';
import type { LimberDb, LimberStore, StoreIn } from '../schema.ts';

export type DayRecord = DayFigures;

declare module '../schema.ts' {
  interface LimberSchema {
    days: { key: string; value: DayRecord };
  }
}

const FIGURE_FIELDS = [
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

export function validateDayFigures(v: unknown): Checked<DayFigures> {
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

/**
 * Rebuilds the figures of `day` from its records, inside a transaction the caller holds. Answers
 * with the damaged history records it skipped, for a caller that can remove them in the same write.
 */
export async function refreshDay<T extends ArrayLike<LimberStore>>(
  stores: DayStores<T>,
  day: string,
  peak = 0,
): Promise<Damaged[]> {
  const [{ records, damaged }, current] = await Promise.all([readDayRange(stores, day), stores.days.get(day)]);
  const figures = dailyFigures(records).get(day) ?? emptyDay(day);
  const before = current === undefined ? null : validateDayFigures(current);
  figures.longestStretchMs = Math.max(before?.ok ? before.record.longestStretchMs : 0, peak);
  if (!isBlankDay(figures)) await stores.days.put(figures);
  else if (current !== undefined) await stores.days.delete(day);
  return damaged.history;
}

/**
 * A key range over days fromDay..toDay; a null bound is open, and a range that ends before it starts
 * is 'empty'. Throws a RangeError on anything but a day.
 */
export function dayKeyRange(fromDay: string | null, toDay: string | null): IDBKeyRange | null | 'empty' {
  for (const day of [fromDay, toDay]) {
    if (day !== null && !isDayKey(day)) throw new RangeError(`Insights need days like 2024-05-31, got ${day}`);
  }
  if (fromDay !== null && toDay !== null) return fromDay > toDay ? 'empty' : IDBKeyRange.bound(fromDay, toDay);
  if (fromDay !== null) return IDBKeyRange.lowerBound(fromDay);
  return toDay !== null ? IDBKeyRange.upperBound(toDay) : null;
}

function checkAll(values: readonly unknown[]): { figures: DayFigures[]; damaged: Damaged[] } {
  const figures: DayFigures[] = [];
  const damaged: Damaged[] = [];
  for (const value of values) {
    const check = validateDayFigures(value);
    if (check.ok) figures.push(check.record);
    else damaged.push({ key: (value as { day: IDBValidKey }).day, reason: check.reason });
  }
  return { figures, damaged };
}

/** Figures of the days fromDay..toDay that have any; days without a record had nothing. */
export async function readDayFigures(
  db: LimberDb,
  fromDay: string,
  toDay: string,
  now = Date.now(),
): Promise<DayFigures[]> {
  const range = dayKeyRange(fromDay, toDay);
  if (range === 'empty') return [];
  const first = checkAll((await db.getAll('days', range)) as unknown[]);
  if (first.damaged.length === 0) return first.figures;
  // Rebuilt from history, then read again: the page shows the repaired figures at once.
  await repairFigures(db, first.damaged, now);
  return checkAll((await db.getAll('days', range)) as unknown[]).figures;
}

/** The longest stretches of a range, as the records a backup carries; damaged figures are listed. */
export async function readStretches<T extends ArrayLike<LimberStore>, M extends IDBTransactionMode>(
  days: StoreIn<T, 'days', M>,
  range: IDBKeyRange | null,
): Promise<{ records: StretchRecord[]; damaged: Damaged[] }> {
  const { figures, damaged } = checkAll((await days.getAll(range)) as unknown[]);
  // A stretch of 0 is no figure.
  const records = figures.filter((f) => f.longestStretchMs > 0).map((f) => stretchRecord(f.day, f.longestStretchMs));
  return { records, damaged };
}

export async function repairFigures(db: LimberDb, damaged: readonly Damaged[], now: number): Promise<void> {
  await repairEach(
    db,
    ['history', 'archive', 'days'],
    damaged,
    async (tx, item) => {
      const stores = dayStores(tx);
      const key = item.key as string;
      const current: unknown = await stores.days.get(key);
      if (current === undefined || validateDayFigures(current).ok) return false;
      await stores.days.delete(key);
      if (isDayKey(key)) await refreshDay(stores, key);
      return true;
    },
    (count, reasons) => `${count} damaged daily figures rebuilt from history (${reasons})`,
    now,
  );
}
