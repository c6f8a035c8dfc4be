/**
 * Working hours per weekday (rules 1d and 5d, docs/RULES.md: time outside them does not accrue, and
 * no reminder is delivered). Windows are computed per local day, so daylight-saving days come out right.
 */
import { atMinuteOfDay, nextMidnight, startOfDay } from './localDay.ts';
import type { Prefs } from './settings.ts';

type HoursPrefs = Pick<Prefs, 'workingHoursEnabled' | 'workingHours'>;

const DAYS_TO_SEARCH = 8;
/** "Pause until tomorrow" without working hours resumes at the next local 04:00 (rule 8e). */
const FALLBACK_RESUME_MINUTE = 4 * 60;

/** The working window [start, end) of the local day containing `dayMs`, or null for a day off. */
export function windowOfDay(dayMs: number, p: HoursPrefs): { start: number; end: number } | null {
  const hours = p.workingHours[new Date(dayMs).getDay()];
  if (!hours?.on) return null;
  return { start: atMinuteOfDay(dayMs, hours.start), end: atMinuteOfDay(dayMs, hours.end) };
}

export function isWorkingTime(t: number, p: HoursPrefs): boolean {
  if (!p.workingHoursEnabled) return true;
  const w = windowOfDay(t, p);
  return w !== null && t >= w.start && t < w.end;
}

/** How much of [from, to) lies inside working hours. */
export function workingMsBetween(from: number, to: number, p: HoursPrefs): number {
  if (to <= from) return 0;
  if (!p.workingHoursEnabled) return to - from;
  let total = 0;
  for (let day = startOfDay(from); day < to; day = nextMidnight(day)) {
    const w = windowOfDay(day, p);
    if (w) total += Math.max(0, Math.min(to, w.end) - Math.max(from, w.start));
  }
  return total;
}

/** The next moment after `t` where working hours start or end, or null when they are off. */
export function nextWorkingChange(t: number, p: HoursPrefs): number | null {
  if (!p.workingHoursEnabled) return null;
  let day = startOfDay(t);
  for (let i = 0; i < DAYS_TO_SEARCH; i++, day = nextMidnight(day)) {
    const w = windowOfDay(day, p);
    if (!w) continue;
    if (w.start > t) return w.start;
    if (w.end > t) return w.end;
  }
  return null;
}

/** The next start of working hours after `t`, or null (off, or no working day at all). */
export function nextWorkStart(t: number, p: HoursPrefs): number | null {
  if (!p.workingHoursEnabled) return null;
  let day = startOfDay(t);
  for (let i = 0; i < DAYS_TO_SEARCH; i++, day = nextMidnight(day)) {
    const w = windowOfDay(day, p);
    if (w && w.start > t) return w.start;
  }
  return null;
}

/**
 * Rule 8: "until tomorrow" is the next working-hours start on a later day, else the next 04:00. The
 * user's day turns at that 04:00, not at midnight: someone still at it at 01:00 means the coming
 * morning, not the one after it.
 */
export function pauseUntilTomorrow(now: number, p: HoursPrefs): number {
  const fourToday = atMinuteOfDay(now, FALLBACK_RESUME_MINUTE);
  const beforeFour = now < fourToday;
  const tomorrow = beforeFour ? startOfDay(now) : nextMidnight(now);
  const start = nextWorkStart(Math.max(tomorrow - 1, now), p);
  if (start !== null) return start;
  return beforeFour ? fourToday : atMinuteOfDay(nextMidnight(now), FALLBACK_RESUME_MINUTE);
}
