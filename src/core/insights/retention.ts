/**
 * How long history is kept (docs/INSIGHTS.md): every daily figure for two years, raw event records
 * for 90 days, after which a day's events are packed into its one `days` record (same events, one
 * record instead of dozens). Counted in calendar days from today. Pure.
 */
import { addDays } from './calendar.ts';

/** Today and the 730 days before it: two years, with room for a leap day. */
export const KEEP_DAYS = 731;
/** Days younger than this keep their events as separate records. */
export const RAW_EVENT_DAYS = 90;

/** The oldest day kept; anything earlier is deleted. */
export const keepFrom = (today: string): string => addDays(today, 1 - KEEP_DAYS);

/** Days before this one have their events packed. */
export const packBefore = (today: string): string => addDays(today, -RAW_EVENT_DAYS);
