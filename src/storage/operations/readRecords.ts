/**
 * Every record behind the figures of a range of days: raw history, archived events unpacked, and
 * the longest stretches from `days`. What a backup exports, and what the tests compare figures
 * against. Damaged records are skipped at once, then removed or repaired, with a notice per store.
 */
import type { InsightRecord } from '../../core/insights/stretchRecord.ts';
import { readDayRange } from '../dayRange.ts';
import { describeDamage } from '../repair.ts';
import type { LimberDb } from '../schema.ts';
import { repairArchive } from '../stores/archive.ts';
import { dayKeyRange, readStretches, repairFigures } from '../stores/days.ts';
import { removeDamagedHistory } from '../stores/history.ts';

export interface RecordsRead {
  records: InsightRecord[];
  /** One line per damaged record skipped (and removed or repaired). */
  damaged: string[];
}

/** Every record of fromDay..toDay (null: unbounded). Order is not defined; sort if it matters. */
export async function readRecords(
  db: LimberDb,
  fromDay: string | null,
  toDay: string | null,
  now = Date.now(),
): Promise<RecordsRead> {
  const range = dayKeyRange(fromDay, toDay);
  if (range === 'empty') return { records: [], damaged: [] };
  const tx = db.transaction(['history', 'archive', 'days']);
  const [events, stretches] = await Promise.all([
    readDayRange({ history: tx.objectStore('history'), archive: tx.objectStore('archive') }, range),
    readStretches(tx.objectStore('days'), range),
    tx.done,
  ]);
  await removeDamagedHistory(db, events.damaged.history, now);
  await repairArchive(db, events.damaged.archive, now);
  await repairFigures(db, stretches.damaged, now);
  const damaged = [...events.damaged.history, ...events.damaged.archive, ...stretches.damaged];
  return { records: [...events.records, ...stretches.records], damaged: damaged.map(describeDamage) };
}
