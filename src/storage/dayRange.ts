/**
 * A day's records live in three stores: raw events and active totals in `history`, events older
 * than 90 days packed in `archive`, and the figures (with the longest stretch, which has no other
 * source) in `days`. This is the one reader of a range of days across history and archive, inside a
 * transaction the caller holds: every record validated, packed events unpacked, damaged ones skipped
 * and listed for the caller to repair. An event both raw and packed (a write racing the packing)
 * comes back twice with the same id; everything that counts goes by id (dailyFigures, planMerge).
 */

import type { IDBPTransaction } from 'idb';
import type { HistoryRecord } from '../core/historyRecords.ts';
import { validateHistoryRecord } from '../core/validateHistory.ts';
import type { Damaged } from './repair.ts';
import type { LimberSchema, LimberStore, StoreIn } from './schema.ts';
import { salvageArchive, unpackEvent, validateArchive } from './stores/archive.ts';

/** The three stores of a day, as one transaction sees them. */
export interface DayStores<T extends ArrayLike<LimberStore>, M extends IDBTransactionMode = 'readwrite'> {
  history: StoreIn<T, 'history', M>;
  archive: StoreIn<T, 'archive', M>;
  days: StoreIn<T, 'days', M>;
}

type DayStoreName = 'history' | 'archive' | 'days';

export function dayStores<S extends LimberStore, M extends IDBTransactionMode>(
  tx: IDBPTransaction<LimberSchema, (S | DayStoreName)[], M>,
): DayStores<(S | DayStoreName)[], M> {
  return { history: tx.objectStore('history'), archive: tx.objectStore('archive'), days: tx.objectStore('days') };
}

export interface DayRangeRead {
  records: HistoryRecord[];
  /** Skipped records, by store, for the caller to repair (history: remove; archive: keep the good events). */
  damaged: { history: Damaged[]; archive: Damaged[] };
}

/**
 * Every history record of `range` (a day, a key range of days, or null for all), raw and, when the
 * archive is given, packed. Without it only raw records are read: days of the last 90 days have
 * nothing packed.
 */
export async function readDayRange<T extends ArrayLike<LimberStore>, M extends IDBTransactionMode>(
  stores: Pick<DayStores<T, M>, 'history'> & Partial<Pick<DayStores<T, M>, 'archive'>>,
  range: string | IDBKeyRange | null,
): Promise<DayRangeRead> {
  // getAll only: with an inline key path a record's key is its own id (or day).
  const [raw, packed] = await Promise.all([stores.history.index('day').getAll(range), stores.archive?.getAll(range)]);
  const read: DayRangeRead = { records: [], damaged: { history: [], archive: [] } };
  for (const value of raw as unknown[]) {
    const check = validateHistoryRecord(value);
    if (check.ok) read.records.push(check.record);
    else read.damaged.history.push({ key: (value as { id: IDBValidKey }).id, reason: check.reason });
  }
  for (const value of (packed ?? []) as unknown[]) {
    const check = validateArchive(value);
    const good = check.ok ? check.record : salvageArchive(value);
    if (!check.ok) read.damaged.archive.push({ key: (value as { day: IDBValidKey }).day, reason: check.reason });
    if (good) for (const e of good.events) read.records.push(unpackEvent(good.day, e));
  }
  return read;
}
