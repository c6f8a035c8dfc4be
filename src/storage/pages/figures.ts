/** Daily figures for the Insights page and the popup's week. */
import type { DayFigures } from '../../core/insights/dailyFigures.ts';
import { readDayFigures } from '../stores/days.ts';
import { pageDatabase } from './database.ts';

export type { DayFigures };

/** Figures of the days fromDay..toDay that have any. */
export async function readFigures(fromDay: string, toDay: string, now: number): Promise<DayFigures[]> {
  return readDayFigures(await pageDatabase(), fromDay, toDay, now);
}
