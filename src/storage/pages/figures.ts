/** Daily figures for the Insights page and the popup's week, and the preferences they are read against. */
import type { DayFigures } from '../../core/insights/dailyFigures.ts';
import { readDayFigures } from '../stores/days.ts';
import { loadPrefs } from '../stores/prefs.ts';
import { pageDatabase } from './database.ts';

export type { DayFigures };

/** Figures of the days fromDay..toDay that have any. */
export async function readFigures(fromDay: string, toDay: string, now: number): Promise<DayFigures[]> {
  return readDayFigures(await pageDatabase(), fromDay, toDay, now);
}

/** The daily goal of breaks, and the natural break length N (which says what sitting time counts). */
export async function insightsPrefs(now: number): Promise<{ goal: number; naturalMin: number }> {
  const { prefs } = await loadPrefs(await pageDatabase(), now);
  return { goal: prefs.dailyBreakGoal, naturalMin: prefs.naturalBreakMin };
}
