/**
 * Did the wall clock go back since the scheduler last ran? Chromium keeps each `alarms` alarm at a
 * wall-clock time, so after the clock is set back the pending wake alarm waits for the clock to reach
 * its time again (an hour set back is an hour without a heartbeat). Events that need no permission
 * and come often while someone uses the browser (a tab or window gaining focus) check this cheaply,
 * and only when it is true wake the scheduler, which absorbs the jump and sets the alarm again from
 * the new clock. Pure.
 */

/** Clocks are adjusted by small amounts (NTP slews); a step back smaller than this is not worth a wake. */
export const CLOCK_BACK_TOLERANCE_MS = 1_000;

export function clockWentBack(lastTick: number, now: number): boolean {
  return now < lastTick - CLOCK_BACK_TOLERANCE_MS;
}
