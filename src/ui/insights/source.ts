/**
 * Where the Insights page gets its data: the extension's database, through the storage modules meant
 * for pages. An interface, so component tests can pass records without a database.
 */
import type { DayFigures } from '../../core/insights/dailyFigures.ts';
import { keepFrom } from '../../core/insights/retention.ts';
import type { InsightRecord } from '../../core/insights/stretchRecord.ts';
import { dayKey } from '../../core/localDay.ts';
import { exportRecords, type ImportProgress, type ImportResult, importRecords } from '../../storage/pages/backup.ts';
import { readFigures } from '../../storage/pages/figures.ts';
import { insightsPrefs } from '../../storage/pages/insightsPrefs.ts';

export interface InsightsSource {
  /**
   * The figures of the days with any, over the retention window, the user's daily goal and natural
   * break length N (which says what sitting time counts).
   */
  load(now: number): Promise<{ days: DayFigures[]; goal: number; naturalMin?: number }>;
  exportRecords(now: number): Promise<InsightRecord[]>;
  importRecords(records: readonly InsightRecord[], now: number, onProgress?: ImportProgress): Promise<ImportResult>;
}

export const databaseSource: InsightsSource = {
  async load(now) {
    const today = dayKey(now);
    const [days, prefs] = await Promise.all([readFigures(keepFrom(today), today, now), insightsPrefs(now)]);
    return { days, ...prefs };
  },
  exportRecords,
  importRecords,
};
