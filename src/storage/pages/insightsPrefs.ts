/**
 * The preferences the Insights page reads its figures against: the daily goal of breaks, and the
 * natural break length N (which says what sitting time counts). Apart from figures.ts, so the popup's
 * week (which needs neither) does not load the preferences' code.
 */
import { loadPrefs } from '../stores/prefs.ts';
import { pageDatabase } from './database.ts';

export async function insightsPrefs(now: number): Promise<{ goal: number; naturalMin: number }> {
  const { prefs } = await loadPrefs(await pageDatabase(), now);
  return { goal: prefs.dailyBreakGoal, naturalMin: prefs.naturalBreakMin };
}
