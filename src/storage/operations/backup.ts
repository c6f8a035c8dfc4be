/**
 * History backups against the database: export every record (raw or archived, as backup records),
 * and import a parsed backup, merged without duplicates in ONE transaction (all of it or nothing)
 * that also rebuilds the figures of every day it touched; then compacted like any other history.
 * Parsing and the merge rules are pure (src/core/insights/). Runs in the Insights page.
 */
import { senseProblems } from '../../core/insights/backupSense.ts';
import { type MergePlan, planMerge } from '../../core/insights/mergeBackup.ts';
import { keepFrom } from '../../core/insights/retention.ts';
import type { InsightRecord } from '../../core/insights/stretchRecord.ts';
import { dayKey } from '../../core/localDay.ts';
import { type DayStores, dayStores, readDayRange } from '../dayRange.ts';
import type { LimberDb, LimberStore } from '../schema.ts';
import { readStretches, refreshDay } from '../stores/days.ts';
import { compactHistory } from './compaction.ts';
import { readRecords } from './readRecords.ts';

export async function exportHistory(db: LimberDb, now = Date.now()): Promise<InsightRecord[]> {
  return (await readRecords(db, null, null, now)).records;
}

/** Records written so far out of all to write: for a progress bar on a long import. */
export type ImportProgress = (done: number, total: number) => void;

/**
 * Writes records as a backup carries them, inside the caller's transaction: history records as they
 * are, a longest stretch as the peak of its day's figures; then every touched day is rebuilt.
 */
export async function putRecords<T extends ArrayLike<LimberStore>>(
  stores: DayStores<T>,
  records: readonly InsightRecord[],
  onProgress: ImportProgress = () => {},
): Promise<void> {
  const peaks = new Map<string, number>();
  const total = records.filter((r) => r.kind !== 'longestStretch').length;
  const every = Math.max(1, Math.floor(total / 100));
  let done = 0;
  // Every put is queued at once (the transaction runs them in order) rather than one per round
  // trip: tens of thousands of records then take seconds, not minutes. Progress is counted as each
  // completes.
  const puts: Promise<unknown>[] = [];
  for (const record of records) {
    if (record.kind === 'longestStretch') peaks.set(record.day, Math.max(peaks.get(record.day) ?? 0, record.ms));
    else {
      puts.push(
        stores.history.put(record).then(() => {
          if (++done % every === 0 || done === total) onProgress(done, total);
        }),
      );
    }
    peaks.set(record.day, peaks.get(record.day) ?? 0);
  }
  await Promise.all(puts);
  // The days' rebuilds, made after every put, see them; they touch different days, so they need not
  // wait for one another either.
  await Promise.all([...peaks].map(([day, peak]) => refreshDay(stores, day, peak)));
}

export type ImportResult = Omit<MergePlan, 'writes'>;

/**
 * Writes records that parseBackup accepted. Their sense is checked again here, so no caller can
 * write a day no real day could be; a refusal throws before anything is written.
 */
export async function importHistory(
  db: LimberDb,
  incoming: readonly InsightRecord[],
  now = Date.now(),
  onProgress: ImportProgress = () => {},
): Promise<ImportResult> {
  const [refused] = senseProblems(
    incoming.map((record, i) => ({ record, n: String(i + 1) })),
    now,
  );
  if (refused) throw new Error(refused.message);
  const today = dayKey(now);
  const sorted = incoming.map((r) => r.day).sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return { added: 0, raised: 0, unchanged: 0, tooOld: 0 };
  const range = IDBKeyRange.bound(first, last);
  const tx = db.transaction(['history', 'archive', 'days'], 'readwrite');
  const stores = dayStores(tx);
  const work = async () => {
    // Damaged records are not counted as present; the next read that meets them repairs them.
    const [events, stretches] = await Promise.all([readDayRange(stores, range), readStretches(stores.days, range)]);
    const existing = new Map<string, InsightRecord>();
    for (const record of [...events.records, ...stretches.records]) existing.set(record.id, record);
    const { writes, ...counts } = planMerge(existing, incoming, keepFrom(today));
    await putRecords(stores, writes, onProgress);
    return counts;
  };
  const [result] = await Promise.all([work(), tx.done]);
  // Old days arrive as raw events; pack them now rather than at the next daily run.
  await compactHistory(db, today);
  return result;
}
