/** Status fixtures for the popup tests: one per kind, on a fixed clock. */
import type { Status, StatusKind } from '../../src/core/status.ts';

export const MIN = 60_000;
/**
 * Wednesday 2025-03-12, 11:00 on the machine's own clock, whatever its zone: the sentences compare
 * local times ("until 12:00", "tomorrow 09:00"), and an instant fixed in UTC would fall on another
 * local day in Auckland or Los Angeles. No zone changes its clocks within a day of it.
 */
export const T0 = new Date(2025, 2, 12, 11, 0, 0).getTime();

export function statusOf(kind: StatusKind, over: Partial<Status> = {}): Status {
  const status: Status = {
    kind,
    now: T0,
    counting: kind === 'working' || kind === 'snoozed',
    accruedMs: 17 * MIN,
    remainingMs: 13 * MIN,
    nextBreakAt: kind === 'working' ? T0 + 13 * MIN : null,
    snoozeUntil: null,
    pausedUntil: null,
    breakStartedAt: kind === 'onBreak' ? T0 - MIN : null,
    breakId: kind === 'onBreak' ? T0 - MIN : null,
    snoozeCount: 0,
    snoozesLeft: 3,
    canSnooze: false,
    canSkip: false,
    holdReason: null,
    workStartsAt: null,
    today: { activeMs: 85 * MIN, taken: 2, short: 0, natural: 1, snoozed: 0, skipped: 0 },
    ...over,
  };
  // As the background says: snooze and skip only while a break is due (or snoozed, still due), snooze
  // only with snoozes left.
  const due = kind === 'due' || kind === 'snoozed';
  status.canSkip = over.canSkip ?? due;
  status.canSnooze = over.canSnooze ?? (due && status.snoozesLeft > 0);
  return status;
}
