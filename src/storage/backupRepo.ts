/**
 * History backups against the database: export every record (raw or archived, as backup records)
 * and import a parsed backup, merged without duplicates in ONE transaction (all of it or nothing)
 * that also rebuilds the figures of every day it touched; then compacted like any other history.
 * Parsing and the merge rules are pure (src/core/insights/).
 */
import { senseProblems } from '../core/insights/backupSense.ts';
import { type MergePlan, planMerge } from '../core/insights/mergeBackup.ts';
import { keepFrom } from '../core/insights/retention.ts';
import { type InsightRecord, stretchRecord } from '../core/insights/stretchRecord.ts';
import { dayKey } from '../core/localDay.ts';
import { validateHistoryRecord } from '../core/validateHistory.ts';
import { compactHistory } from './compaction.ts';
import { refreshDay } from './dayRefresh.ts';
import { readInsightRecords } from './insightsRepo.ts';
import type { LimberDb } from './schema.ts';
import { unpackEvent, validateArchive, validateDayFigures } from './validateDay.ts';

export async function exportHistory(db: LimberDb, now = Date.now()): Promise<InsightRecord[]> {
  return (await readInsightRecords(db, null, null, now)).records;
}

export type ImportResult = Omit<MergePlan, 'writes'>;

/** Records written so far out of all to write: for a progress bar on a long import. */
export type ImportProgress = (done: number, total: number) => void;

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
  const stores = {
    history: tx.objectStore('history'),
    archive: tx.objectStore('archive'),
    days: tx.objectStore('days'),
  };
  const work = async () => {
    const existing = new Map<string, InsightRecord>();
    for (const value of (await stores.history.index('day').getAll(range)) as unknown[]) {
      const check = validateHistoryRecord(value);
      if (check.ok) existing.set(check.record.id, check.record);
    }
    for (const value of (await stores.archive.getAll(range)) as unknown[]) {
      const check = validateArchive(value);
      if (!check.ok) continue;
      for (const e of check.record.events) {
        const event = unpackEvent(check.record.day, e);
        existing.set(event.id, event);
      }
    }
    for (const value of (await stores.days.getAll(range)) as unknown[]) {
      const check = validateDayFigures(value);
      // A stretch of 0 is no figure: an import adds one.
      if (!check.ok || check.record.longestStretchMs === 0) continue;
      const stretch = stretchRecord(check.record.day, check.record.longestStretchMs);
      existing.set(stretch.id, stretch);
    }
    const plan = planMerge(existing, incoming, keepFrom(today));
    const peaks = new Map<string, number>();
    const total = plan.writes.filter((r) => r.kind !== 'longestStretch').length;
    const every = Math.max(1, Math.floor(total / 100));
    let done = 0;
    // Every put is queued at once (the transaction runs them in order) rather than one per round
    // trip: tens of thousands of records then take seconds, not minutes. Progress is counted as
    // each completes.
    const puts: Promise<unknown>[] = [];
    for (const record of plan.writes) {
      if (record.kind === 'longestStretch') peaks.set(record.day, record.ms);
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
    for (const [day, peak] of peaks) await refreshDay(stores, day, peak);
    const { writes: _, ...counts } = plan;
    return counts;
  };
  const [result] = await Promise.all([work(), tx.done]);
  // Old days arrive as raw events; pack them now rather than at the next daily run.
  await compactHistory(db, today);
  return result;
}
