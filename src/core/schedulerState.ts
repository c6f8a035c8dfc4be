/** The scheduler's starting state and the small predicates every rule shares. */
import type { SchedulerState } from './schedulerTypes.ts';

export function initialState(now: number): SchedulerState {
  return {
    version: 1,
    // Until the idle API says otherwise, assume the user who just started the browser is active.
    idle: 'active',
    activeSince: now,
    inactiveSince: null,
    naturalCounted: false,
    naturalAt: null,
    cycleMs: 0,
    committedUntil: now,
    lastTick: now,
    reminderShown: false,
    remindedThisCycle: false,
    snoozeUntil: null,
    snoozeCount: 0,
    breakStartedAt: null,
    breakId: null,
    pausedUntil: null,
    hold: null,
    holdSince: null,
    headsUpGiven: false,
    escalateAtMs: null,
  };
}

/** Away (idle or locked) for less than N so far, and not after a break: still part of the sitting session. */
export const inShortAbsence = (s: SchedulerState): boolean =>
  s.idle !== 'active' && s.inactiveSince !== null && !s.naturalCounted;

/**
 * The countdown counts (rule 1, sitting time): not paused, not on a break, and the user is active or
 * in a short absence. Outside working hours it counts nothing (workingHours.ts does that part).
 */
export const isCounting = (s: SchedulerState): boolean =>
  s.pausedUntil === null && s.breakStartedAt === null && (s.idle === 'active' || inShortAbsence(s));

/**
 * The scheduler heartbeats whenever it takes the user to be at the machine, paused and outside
 * working hours included: a silence then is how a closed browser or a sleeping machine shows (rule 3).
 * During a guided break it need not: the break ends (and resets the cycle) either way.
 */
export const expectsHeartbeat = (s: SchedulerState): boolean => s.idle === 'active' && s.breakStartedAt === null;

/**
 * Starts a new cycle: after a break taken, a natural break or a skip. The hold condition itself is
 * left alone: it describes the screen (still fullscreen), not the cycle, and is only reported when
 * it changes.
 */
export function resetCycle(s: SchedulerState): void {
  s.cycleMs = 0;
  s.reminderShown = false;
  s.remindedThisCycle = false;
  s.snoozeUntil = null;
  s.snoozeCount = 0;
  s.holdSince = null;
  s.headsUpGiven = false;
  s.escalateAtMs = null;
}
