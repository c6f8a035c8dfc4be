/**
 * Which schedule actions mean something right now, and why the others do not. A snooze postpones a
 * break that is due (or announced by its heads-up); a skip gives up a break that is due. With nothing
 * due there is nothing to postpone or give up, so both are refused, and the popup, the reminder window
 * and the keyboard shortcut offer only what is allowed here. Pure.
 */
import { accruedAt } from './activity.ts';
import type { Refusal, RefusalCode, SchedulerState } from './schedulerTypes.ts';
import type { Prefs, Timing } from './settings.ts';

/** Heads-up lead time before a break. */
export const HEADS_UP_MS = 60_000;

// The shape of a refusal is the scheduler's (schedulerTypes.ts, beside StepResult); re-exported here
// for the callers that build or read one.
export type { Refusal, RefusalCode };

export const refusal = (code: RefusalCode, message: string, subs: string[] = []): Refusal => ({ code, subs, message });

const BREAK_RUNNING = refusal('breakRunning', 'A break is running; finish it on its page first.');
const PAUSED = refusal('paused', 'Reminders are paused; resume them first.');
const NOTHING_DUE = refusal('nothingDue', 'No break is due yet, so there is nothing to snooze or skip.');

/** A break is due: this cycle's sitting time reached W, or its reminder is out (snoozed or held counts). */
export function isDue(s: SchedulerState, now: number, p: Prefs, t: Timing): boolean {
  return s.breakStartedAt === null && (s.reminderShown || accruedAt(s, now, p) >= t.workMs);
}

/** The heads-up was given and the break it announced is less than a minute away. */
function headsUpShowing(s: SchedulerState, now: number, p: Prefs, t: Timing): boolean {
  return s.headsUpGiven && s.breakStartedAt === null && accruedAt(s, now, p) >= t.workMs - HEADS_UP_MS;
}

/** Why a snooze cannot be taken now, or null when it can. */
export function snoozeRefusal(s: SchedulerState, now: number, p: Prefs, t: Timing): Refusal | null {
  if (s.breakStartedAt !== null) return BREAK_RUNNING;
  if (s.pausedUntil !== null) return PAUSED;
  if (!isDue(s, now, p, t) && !headsUpShowing(s, now, p, t)) {
    return NOTHING_DUE;
  }
  if (s.snoozeCount >= t.snoozeLimit) {
    const limit = String(t.snoozeLimit);
    return refusal('snoozeLimit', `The snooze limit (${limit} in a row) is reached.`, [limit]);
  }
  return null;
}

/** Why a skip cannot be taken now, or null when it can. */
export function skipRefusal(s: SchedulerState, now: number, p: Prefs, t: Timing): Refusal | null {
  if (s.breakStartedAt !== null) return BREAK_RUNNING;
  if (s.pausedUntil !== null) return PAUSED;
  if (!isDue(s, now, p, t)) return NOTHING_DUE;
  return null;
}
