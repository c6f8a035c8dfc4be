/** Derives what the user sees (popup status, toolbar badge) from the scheduler state. */
import { accruedAt } from './activity.ts';
import type { DayFigures } from './insights/dailyFigures.ts';
import { skipRefusal, snoozeRefusal } from './offers.ts';
import { isCounting } from './schedulerState.ts';
import type { Effect, SchedulerState } from './schedulerTypes.ts';
import { type Prefs, timingOf } from './settings.ts';
import type { Status, StatusKind } from './status.ts';
import { isWorkingTime, nextWorkStart } from './workingHours.ts';

const NO_FIGURES: Status['today'] = { activeMs: 0, taken: 0, short: 0, natural: 0, snoozed: 0, skipped: 0 };

/** The part of a day's figures the status shows. */
export const statusToday = (f: DayFigures): Status['today'] => ({
  activeMs: f.activeMs,
  taken: f.taken,
  short: f.short,
  natural: f.natural,
  snoozed: f.snoozed,
  skipped: f.skipped,
});

function kindOf(s: SchedulerState, now: number, p: Prefs, accrued: number, workMs: number): StatusKind {
  if (s.breakStartedAt !== null) return 'onBreak';
  if (s.pausedUntil !== null && now < s.pausedUntil) return 'paused';
  if (!isWorkingTime(now, p)) return 'offHours';
  if (s.snoozeUntil !== null && now < s.snoozeUntil) return 'snoozed';
  if (s.reminderShown || accrued >= workMs) return 'due';
  if (s.idle !== 'active') return 'away';
  return 'working';
}

export function describe(s: SchedulerState, now: number, p: Prefs, today: Status['today'] | null): Status {
  const t = timingOf(p);
  const accruedMs = accruedAt(s, now, p);
  const remainingMs = Math.max(0, t.workMs - accruedMs);
  const kind = kindOf(s, now, p, accruedMs, t.workMs);
  // Away counts too while the absence is shorter than N: it is still part of the sitting session.
  const counting = kind === 'working' || kind === 'snoozed' || (kind === 'away' && isCounting(s));
  const nextBreakAt = counting ? Math.max(now + remainingMs, s.snoozeUntil ?? 0) : kind === 'due' ? now : null;
  return {
    kind,
    now,
    counting,
    accruedMs,
    remainingMs,
    nextBreakAt,
    snoozeUntil: kind === 'snoozed' ? s.snoozeUntil : null,
    pausedUntil: kind === 'paused' ? s.pausedUntil : null,
    breakStartedAt: s.breakStartedAt,
    breakId: s.breakId,
    snoozeCount: s.snoozeCount,
    snoozesLeft: Math.max(0, t.snoozeLimit - s.snoozeCount),
    canSnooze: snoozeRefusal(s, now, p, t) === null,
    canSkip: skipRefusal(s, now, p, t) === null,
    holdReason: kind === 'due' && s.holdSince !== null ? s.hold : null,
    workStartsAt: kind === 'offHours' ? nextWorkStart(now, p) : null,
    today: today ?? NO_FIGURES,
  };
}

/** Badge text and look: minutes left while working, a distinct mark for every other state. */
export function badgeOf(status: Status, countdown = true): Extract<Effect, { type: 'setBadge' }> {
  const minutesLeft = String(Math.ceil(status.remainingMs / 60_000));
  switch (status.kind) {
    case 'working':
      return { type: 'setBadge', text: countdown ? minutesLeft : '', look: 'working' };
    case 'away':
      return { type: 'setBadge', text: countdown ? minutesLeft : '', look: 'away' };
    case 'due':
      return { type: 'setBadge', text: '!', look: 'due' };
    case 'snoozed':
      return { type: 'setBadge', text: 'zz', look: 'snoozed' };
    case 'paused':
      return { type: 'setBadge', text: '||', look: 'paused' };
    case 'offHours':
      return { type: 'setBadge', text: 'off', look: 'offHours' };
    case 'onBreak':
      return { type: 'setBadge', text: '...', look: 'onBreak' };
  }
}
