/** The Insights page's history backup: export every record, import a parsed backup. */
import type { InsightRecord } from '../../core/insights/stretchRecord.ts';
import { exportHistory, type ImportProgress, type ImportResult, importHistory } from '../operations/backup.ts';
import { pageDatabase } from './database.ts';

export type { ImportProgress, ImportResult };

export async function exportRecords(now: number): Promise<InsightRecord[]> {
  return exportHistory(await pageDatabase(), now);
}

export async function importRecords(
  records: readonly InsightRecord[],
  now: number,
  onProgress?: ImportProgress,
): Promise<ImportResult> {
  return importHistory(await pageDatabase(), records, now, onProgress);
}
