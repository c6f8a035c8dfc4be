/**
 * Whether a reminder could be delivered at `now` if nothing else stood in the way. The background
 * uses it to look up hold conditions (window state, audible tabs) only when they can matter.
 */
import { accruedAt } from './activity.ts';
import type { SchedulerState } from './schedulerTypes.ts';
import { type Prefs, timingOf } from './settings.ts';

export function reminderMayBeDue(s: SchedulerState, now: number, p: Prefs): boolean {
  if (s.reminderShown || s.breakStartedAt !== null || s.pausedUntil !== null) return false;
  return accruedAt(s, now, p) >= timingOf(p).workMs;
}
