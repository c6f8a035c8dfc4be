/**
 * The daily maintenance: retention and compaction at most once per local day. The day it last ran
 * is kept in `meta`, so a worker that wakes many times a day (every heartbeat alarm, every restart)
 * does the work once; the check itself is a single read.
 */
import { dayKey } from '../../core/localDay.ts';
import type { LimberDb } from '../schema.ts';
import { readText, writeMeta } from '../stores/meta.ts';
import { type CompactionResult, compactHistory } from './compaction.ts';

export async function runDailyMaintenance(db: LimberDb, now: number): Promise<CompactionResult | null> {
  const today = dayKey(now);
  if ((await readText(db, 'maintenanceDay')) === today) return null;
  const result = await compactHistory(db, today);
  await writeMeta(db, 'maintenanceDay', today);
  return result;
}
