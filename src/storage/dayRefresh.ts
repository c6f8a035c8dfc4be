/**
 * Rebuilds the figures of a day from its records, inside a transaction the caller holds: every
 * write that changes a day's history (a scheduler step, an import) refreshes that day in the same
 * transaction, so `days` never disagrees with history. Rebuilt, not incremented: writing an event
 * twice, or a crash between two writes, cannot make a count drift. Only the longest stretch has no
 * other source: it is kept, and raised by `peak`.
 */
import type { IDBPObjectStore } from 'idb';
import { dailyFigures, emptyDay, isBlankDay } from '../core/insights/dailyFigures.ts';
import type { InsightRecord } from '../core/insights/stretchRecord.ts';
import { validateHistoryRecord } from '../core/validateHistory.ts';
import type { LimberSchema, LimberStore } from './schema.ts';
import { unpackEvent, validateArchive, validateDayFigures } from './validateDay.ts';

type Store<T extends ArrayLike<LimberStore>, N extends LimberStore> = IDBPObjectStore<LimberSchema, T, N, 'readwrite'>;

export interface FigureStores<T extends ArrayLike<LimberStore>> {
  history: Store<T, 'history'>;
  archive: Store<T, 'archive'>;
  days: Store<T, 'days'>;
}

export async function refreshDay<T extends ArrayLike<LimberStore>>(
  stores: FigureStores<T>,
  day: string,
  peak = 0,
): Promise<void> {
  const [raw, archived, current] = await Promise.all([
    stores.history.index('day').getAll(day),
    stores.archive.get(day),
    stores.days.get(day),
  ]);
  const records: InsightRecord[] = [];
  for (const value of raw as unknown[]) {
    const check = validateHistoryRecord(value);
    if (check.ok) records.push(check.record);
  }
  const packed = archived === undefined ? null : validateArchive(archived);
  if (packed?.ok) for (const e of packed.record.events) records.push(unpackEvent(day, e));
  const figures = dailyFigures(records).get(day) ?? emptyDay(day);
  const before = current === undefined ? null : validateDayFigures(current);
  figures.longestStretchMs = Math.max(before?.ok ? before.record.longestStretchMs : 0, peak);
  if (!isBlankDay(figures)) await stores.days.put(figures);
  else if (current !== undefined) await stores.days.delete(day);
}
