/**
 * Where the Insights page gets its data: the extension's IndexedDB, opened directly (pages share the
 * background's origin). An interface, so component tests can pass records without a database.
 */
import type { DayFigures } from '../../core/insights/dailyFigures.ts';
import { keepFrom } from '../../core/insights/retention.ts';
import type { InsightRecord } from '../../core/insights/stretchRecord.ts';
import { dayKey } from '../../core/localDay.ts';
import { exportHistory, type ImportProgress, type ImportResult, importHistory } from '../../storage/backupRepo.ts';
import { sharedConnection } from '../../storage/connection.ts';
import { readDayFigures } from '../../storage/insightsRepo.ts';
import { loadPrefs } from '../../storage/prefsRepo.ts';

export interface InsightsSource {
  /**
   * The figures of the days with any, over the retention window, the user's daily goal and natural
   * break length N (which says what sitting time counts).
   */
  load(now: number): Promise<{ days: DayFigures[]; goal: number; naturalMin?: number }>;
  exportRecords(now: number): Promise<InsightRecord[]>;
  importRecords(records: readonly InsightRecord[], now: number, onProgress?: ImportProgress): Promise<ImportResult>;
}

const database = sharedConnection();

export const databaseSource: InsightsSource = {
  async load(now) {
    const db = await database();
    const today = dayKey(now);
    const [days, prefs] = await Promise.all([readDayFigures(db, keepFrom(today), today, now), loadPrefs(db, now)]);
    return { days, goal: prefs.prefs.dailyBreakGoal, naturalMin: prefs.prefs.naturalBreakMin };
  },
  exportRecords: async (now) => exportHistory(await database(), now),
  importRecords: async (records, now, onProgress) => importHistory(await database(), records, now, onProgress),
};
