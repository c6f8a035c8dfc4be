/** Status fixtures for the popup tests: one per kind, on a fixed clock. */
import type { Status, StatusKind } from '../../src/core/status.ts';

export const MIN = 60_000;
/** 2025-03-12 11:00 in Europe/Berlin (the test time zone). */
export const T0 = Date.UTC(2025, 2, 12, 10, 0, 0);

export function statusOf(kind: StatusKind, over: Partial<Status> = {}): Status {
  return {
    kind,
    now: T0,
    accruedMs: 17 * MIN,
    remainingMs: 13 * MIN,
    nextBreakAt: kind === 'working' ? T0 + 13 * MIN : null,
    snoozeUntil: null,
    pausedUntil: null,
    breakStartedAt: null,
    snoozeCount: 0,
    snoozesLeft: 3,
    holdReason: null,
    workStartsAt: null,
    today: { activeMs: 85 * MIN, taken: 2, natural: 1, snoozed: 0, skipped: 0 },
    ...over,
  };
}
