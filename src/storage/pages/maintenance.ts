/**
 * The daily maintenance (retention and packing, operations/maintenance.ts), for the dedicated worker
 * that runs it outside the background (src/ui/offscreen/maintenanceWorker.ts): the compaction code
 * is then never part of the background's bundle.
 */
import type { CompactionResult } from '../operations/compaction.ts';
import { runDailyMaintenance } from '../operations/maintenance.ts';
import { pageDatabase } from './database.ts';

export type { CompactionResult };

/** Runs it for the local day of `at`, unless it already ran that day (then null). */
export async function runMaintenance(at: number): Promise<CompactionResult | null> {
  return runDailyMaintenance(await pageDatabase(), at);
}
