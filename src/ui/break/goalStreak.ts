/**
 * The day's goal streak for the end screen, read from the daily figures the break's own step has
 * just updated (figures are rewritten in the same transaction as every step). Loaded on demand, so
 * the storage code stays out of the break page's first view.
 */
import { keepFrom } from '../../core/insights/retention.ts';
import { goalStreak, type Streak } from '../../core/insights/streak.ts';
import { dayKey } from '../../core/localDay.ts';
import { readFigures } from '../../storage/pages/figures.ts';

export async function loadGoalStreak(now: number, goal: number): Promise<Streak> {
  const today = dayKey(now);
  const days = await readFigures(keepFrom(today), today, now);
  return goalStreak(new Map(days.map((d) => [d.day, d])), today, goal);
}
