/**
 * Retention and compaction (docs/INSIGHTS.md), run by the daily maintenance (maintenance.ts):
 * 1. every record of the days before the two-year window is deleted (history, archive, figures);
 * 2. events of days older than 90 days move into their day's `archive` record (packed) and their own
 *    records are deleted. Packing keeps every event, so no daily figure and no backup changes;
 * 3. a day with records but no figures (history written by older code) gets its figures built.
 * Work goes in transactions of at most BATCH_DAYS days, so the engine's per-step writes never wait
 * behind one long transaction; each batch moves whole days, and readers count an event once even
 * if they were to see it both raw and packed.
 */
import type { HistoryEventRecord } from '../../core/historyRecords.ts';
import { keepFrom, packBefore } from '../../core/insights/retention.ts';
import { dayStores, readDayRange } from '../dayRange.ts';
import type { LimberDb } from '../schema.ts';
import { mergePacked, salvageArchive } from '../stores/archive.ts';
import { refreshDay } from '../stores/days.ts';

export const BATCH_DAYS = 30;

export interface CompactionResult {
  /** Records deleted because their day is older than two years. */
  expired: number;
  /** Days whose events were packed, and how many events moved. */
  packedDays: number;
  packedEvents: number;
  /** Days whose missing figures were built. */
  rebuilt: number;
}

async function expire(db: LimberDb, before: string): Promise<number> {
  const range = IDBKeyRange.upperBound(before, true);
  const tx = db.transaction(['history', 'archive', 'days'], 'readwrite');
  const work = async () => {
    const history = tx.objectStore('history');
    const ids = await history.index('day').getAllKeys(range);
    for (const id of ids) await history.delete(id);
    let count = ids.length;
    for (const name of ['archive', 'days'] as const) {
      count += await tx.objectStore(name).count(range);
      await tx.objectStore(name).delete(range);
    }
    return count;
  };
  const [count] = await Promise.all([work(), tx.done]);
  return count;
}

/** Days (oldest first) in [from, before) that still have raw events. */
async function daysWithRawEvents(db: LimberDb, from: string, before: string): Promise<string[]> {
  if (from >= before) return [];
  const range = IDBKeyRange.bound(from, before, false, true);
  const ids = await db.getAllKeysFromIndex('history', 'day', range);
  if (!ids.some((id) => !String(id).startsWith('active:'))) return [];
  const records = await db.getAllFromIndex('history', 'day', range);
  return [...new Set(records.filter((r) => r.kind !== 'active').map((r) => r.day))].sort();
}

async function packBatch(db: LimberDb, days: readonly string[]): Promise<number> {
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return 0;
  const tx = db.transaction(['history', 'archive'], 'readwrite');
  const work = async () => {
    const history = tx.objectStore('history');
    const byDay = new Map<string, HistoryEventRecord[]>();
    // Damaged records stay where they are: the next read that meets them removes and reports them.
    for (const record of (await readDayRange({ history }, IDBKeyRange.bound(first, last))).records) {
      if (record.kind === 'active') continue;
      byDay.set(record.day, [...(byDay.get(record.day) ?? []), record]);
    }
    let moved = 0;
    for (const [day, events] of byDay) {
      const raw: unknown = await tx.objectStore('archive').get(day);
      // A damaged record keeps its good events; nothing usable starts the day afresh.
      const record = (raw === undefined ? null : salvageArchive(raw)) ?? { day, events: [] };
      mergePacked(record, events);
      await tx.objectStore('archive').put(record);
      for (const e of events) await history.delete(e.id);
      moved += events.length;
    }
    return moved;
  };
  const [moved] = await Promise.all([work(), tx.done]);
  return moved;
}

async function distinctDays(db: LimberDb): Promise<string[]> {
  const days = new Set<string>((await db.getAllKeys('archive')).map(String));
  let cursor = await db.transaction('history').store.index('day').openKeyCursor(null, 'nextunique');
  while (cursor) {
    days.add(String(cursor.key));
    cursor = await cursor.continue();
  }
  return [...days];
}

async function buildMissingFigures(db: LimberDb): Promise<number> {
  const have = new Set((await db.getAllKeys('days')).map(String));
  const missing = (await distinctDays(db)).filter((day) => !have.has(day));
  if (missing.length === 0) return 0;
  const tx = db.transaction(['history', 'archive', 'days'], 'readwrite');
  const stores = dayStores(tx);
  await Promise.all([
    (async () => {
      for (const day of missing) await refreshDay(stores, day);
    })(),
    tx.done,
  ]);
  return missing.length;
}

/** The newest day with figures or history, or null. */
async function newestDay(db: LimberDb): Promise<string | null> {
  const tx = db.transaction(['days', 'history']);
  const [inDays, inHistory] = await Promise.all([
    tx.objectStore('days').openKeyCursor(null, 'prev'),
    tx.objectStore('history').index('day').openKeyCursor(null, 'prev'),
  ]);
  const days = [inDays?.key, inHistory?.key].filter((d): d is string => typeof d === 'string').sort();
  return days[days.length - 1] ?? null;
}

export async function compactHistory(db: LimberDb, today: string): Promise<CompactionResult> {
  // Two years back from the newest day recorded, when that is earlier than today: a clock set years
  // ahead (a dead CMOS battery, a typo) must not delete the history; the next real day moves it on.
  const newest = await newestDay(db);
  const oldest = keepFrom(newest !== null && newest < today ? newest : today);
  const expired = await expire(db, oldest);
  const days = await daysWithRawEvents(db, oldest, packBefore(today));
  let packedEvents = 0;
  for (let i = 0; i < days.length; i += BATCH_DAYS) {
    packedEvents += await packBatch(db, days.slice(i, i + BATCH_DAYS));
  }
  const rebuilt = await buildMissingFigures(db);
  return { expired, packedDays: days.length, packedEvents, rebuilt };
}
