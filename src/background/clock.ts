/**
 * The background's clock. Real time, plus an offset that only the e2e test entry point moves
 * (see testHooks.ts). The offset lives in memory on purpose: a stopped worker forgets it, which the
 * scheduler sees as the clock jumping back, a case it must survive anyway.
 */
let offsetMs = 0;

export const now = (): number => Date.now() + offsetMs;

/** Converts a scheduler time to the real clock that `alarms` uses. */
export const toRealTime = (at: number): number => at - offsetMs;

export function advanceClock(ms: number): void {
  offsetMs += ms;
}
