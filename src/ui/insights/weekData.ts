/**
 * The popup's 7-day figures, read from IndexedDB. Loaded by TodaySparkline through a dynamic import,
 * so idb and the repositories stay out of the popup's first view.
 */
import { lastDays } from '../../core/insights/calendar.ts';
import type { DayFigures } from '../../core/insights/dailyFigures.ts';
import { rangeFigures } from '../../core/insights/rangeFigures.ts';
import { dayKey } from '../../core/localDay.ts';
import { readFigures } from '../../storage/pages/figures.ts';

export async function loadWeek(now: number): Promise<DayFigures[]> {
  const today = dayKey(now);
  const from = lastDays(today, 7)[0] ?? today;
  const days = await readFigures(from, today, now);
  return rangeFigures(new Map(days.map((d) => [d.day, d])), from, today);
}
