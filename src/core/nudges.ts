/**
 * Short, non-blocking nudges beside the stretch break: drink some water, check your
 * posture. Each has its own on/off switch and interval. They only come while the user is working
 * (active, inside working hours, not paused, not on a break), never pile up after time away, and
 * need no alarm of their own: the one-minute heartbeat that runs while the user is active is enough.
 */
import { MINUTE, type Prefs } from './settings.ts';
import type { StatusKind } from './status.ts';

export type NudgeKind = 'hydration' | 'posture';

/** When each nudge was last shown (or its clock last restarted). */
export type NudgeClock = Record<NudgeKind, number>;

const SETTINGS: Record<NudgeKind, { on: keyof Prefs; interval: keyof Prefs }> = {
  hydration: { on: 'hydrationNudge', interval: 'hydrationIntervalMin' },
  posture: { on: 'postureNudge', interval: 'postureIntervalMin' },
};

export const NUDGE_KINDS = Object.keys(SETTINGS) as NudgeKind[];

/** States in which a nudge may appear: the user is at the desk and counting. */
const WORKING: ReadonlySet<StatusKind> = new Set(['working', 'snoozed']);

export function startNudgeClock(now: number): NudgeClock {
  return { hydration: now, posture: now };
}

/**
 * The nudges due now and the clock after showing them. While the user cannot be nudged (away,
 * paused, off hours, on a break) the clock restarts, so coming back never brings a backlog.
 */
export function takeDueNudges(
  clock: NudgeClock,
  now: number,
  prefs: Prefs,
  kind: StatusKind,
): { due: NudgeKind[]; clock: NudgeClock } {
  const next = { ...clock };
  const due: NudgeKind[] = [];
  for (const nudge of NUDGE_KINDS) {
    const { on, interval } = SETTINGS[nudge];
    // A clock in the future (the system clock went back) restarts rather than waiting it out.
    if (!prefs[on] || !WORKING.has(kind) || clock[nudge] > now) {
      next[nudge] = now;
      continue;
    }
    if (now - clock[nudge] >= (prefs[interval] as number) * MINUTE) {
      due.push(nudge);
      next[nudge] = now;
    }
  }
  return { due, clock: next };
}
