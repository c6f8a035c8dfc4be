/**
 * The break scheduler: step(state, event, now, prefs) -> { state, effects }. Pure: time is an
 * argument, the input state is never mutated, and every browser call is an effect for the
 * background to carry out. The rules it keeps, and the one state diagram, are docs/RULES.md; each
 * step runs in the order of step() below (docs/ARCHITECTURE.md, The scheduler).
 */
import { accruedAt, advance, applyIdle, commitTo, HEARTBEAT_MS } from './activity.ts';
import { armEscalation, escalateIfIgnored } from './escalation.ts';
import { holdApplies } from './holdRules.ts';
import { HEADS_UP_MS, type Refusal, refusal, skipRefusal, snoozeRefusal } from './offers.ts';
import { expectsHeartbeat, isCounting, resetCycle } from './schedulerState.ts';
import type { Effect, SchedulerEvent, SchedulerState, StepResult } from './schedulerTypes.ts';
import { type Prefs, type Timing, timingOf } from './settings.ts';
import { badgeOf, describe } from './statusOf.ts';
import { isWorkingTime, nextWorkingChange } from './workingHours.ts';

/** A break page left open this long past B counts as taken without a word from the page. */
export const ABANDONED_BREAK_GRACE_MS = 10 * 60_000;
/** While a due reminder is held, re-check the hold this often ("within a minute after"). */
export const HOLD_RECHECK_MS = 60_000;
export { HEADS_UP_MS };

/** Events that come from the browser, not from the user. */
const BROWSER_EVENTS = new Set<SchedulerEvent['type']>([
  'wake',
  'alarm',
  'idleState',
  'holdChanged',
  'settingsChanged',
]);

export function step(prev: SchedulerState, event: SchedulerEvent, now: number, prefs: Prefs): StepResult {
  // SchedulerState is flat (primitives only), so a spread is a full copy, at a fraction of the cost of
  // structuredClone (most of a step's time in the simulator and the property tests).
  const s = { ...prev };
  const t = timingOf(prefs);
  const effects: Effect[] = [];
  advance(s, now, prefs, t, effects);
  // Before a command, so it is judged against a break that has already run out (rule 7g: the abandon
  // alarm may never have fired), not against a stale one. After a browser event, so the break ends
  // knowing whether the user is there: someone still away when it runs out is away from the break,
  // which is part of it, not a new absence counted as sitting.
  const command = !BROWSER_EVENTS.has(event.type);
  if (command) finishAbandonedBreak(s, now, t, effects);
  const rejected = applyEvent(s, event, now, prefs, t, effects);
  if (rejected) return { state: prev, effects: [], rejected };
  if (!command) finishAbandonedBreak(s, now, t, effects);
  deliverIfDue(s, now, prefs, t, effects);
  escalateIfIgnored(s, prefs, effects);
  effects.push({ type: 'scheduleAlarm', at: nextWakeAt(s, now, prefs, t) });
  effects.push(badgeOf(describe(s, now, prefs, null), prefs.badgeCountdown));
  return { state: s, effects };
}

/** Applies one event; returns a reason when a user command is refused (state then unchanged). */
function applyEvent(
  s: SchedulerState,
  e: SchedulerEvent,
  now: number,
  p: Prefs,
  t: Timing,
  effects: Effect[],
): Refusal | undefined {
  switch (e.type) {
    case 'wake':
    case 'alarm':
      if (e.hold !== undefined) setHold(s, e.hold);
      if (e.idle) applyIdle(s, e.idle, now, p, t, effects);
      // A restart took the notification or reminder window with it: deliver it again (rule 10).
      if (e.type === 'wake' && e.restarted) s.reminderShown = false;
      return;
    case 'idleState':
      if (e.hold !== undefined) setHold(s, e.hold);
      applyIdle(s, e.idle, now, p, t, effects);
      return;
    case 'holdChanged':
      setHold(s, e.hold);
      return;
    case 'settingsChanged':
      // Rules are re-evaluated below with the new prefs: a shortened W makes a break due at once.
      return;
  }
  // Every remaining event is a user command: the user is demonstrably at the device now.
  applyIdle(s, 'active', now, p, t, effects);
  commitTo(s, now, p, effects);
  switch (e.type) {
    case 'snooze': {
      // A NaN or negative snooze would leave a deadline no comparison can pass or end.
      if (!(e.minutes > 0 && Number.isFinite(e.minutes))) {
        return refusal('snoozeMinutes', 'A snooze must be a positive number of minutes.');
      }
      const refused = snoozeRefusal(s, now, p, t);
      if (refused) return refused;
      s.snoozeUntil = now + e.minutes * 60_000;
      s.snoozeCount += 1;
      dismissReminder(s, effects);
      effects.push({ type: 'record', entry: { kind: 'snoozed', at: now } });
      return;
    }
    case 'skip': {
      const refused = skipRefusal(s, now, p, t);
      if (refused) return refused;
      dismissReminder(s, effects);
      resetCycle(s);
      s.committedUntil = now;
      effects.push({ type: 'record', entry: { kind: 'skipped', at: now } });
      return;
    }
    case 'startBreak':
      if (s.breakStartedAt !== null && s.breakId !== null) {
        effects.push({ type: 'openBreakPage', breakId: s.breakId });
        return;
      }
      dismissReminder(s, effects);
      s.breakStartedAt = now;
      s.breakId = now;
      s.snoozeUntil = null;
      // Opening (or re-addressing) the asking page would reload it under the break it is showing.
      if (!e.onPage) effects.push({ type: 'openBreakPage', breakId: now });
      return;
    case 'finishBreak': {
      if (s.breakStartedAt === null) return refusal('noBreak', 'No break is running.');
      // A page that names another break (left from an earlier one, or never running one) ends nothing.
      if (e.breakId !== undefined && e.breakId !== s.breakId) {
        return refusal('otherBreak', 'That break has already ended.');
      }
      const spent = now - s.breakStartedAt;
      // Rule 7: B spent, or the routine finished with at least half of B spent, is a break taken.
      // Anything shorter is a short break with its real length: logged, never counted as kept.
      const taken = spent >= t.breakMs || (e.completed && spent >= t.breakMs / 2);
      endBreak(s, now, spent, effects, taken ? 'taken' : 'short');
      return;
    }
    case 'pause':
      // `!(until > now)` also refuses NaN, which would otherwise pause forever.
      if (!(e.until > now && Number.isFinite(e.until)))
        return refusal('pauseInPast', 'A pause must end in the future.');
      dismissReminder(s, effects);
      s.pausedUntil = e.until;
      s.snoozeUntil = null;
      return;
    case 'resume':
      s.pausedUntil = null;
      s.committedUntil = Math.max(s.committedUntil, now);
      return;
  }
}

function setHold(s: SchedulerState, hold: SchedulerState['hold']): void {
  s.hold = hold;
  if (hold === null) s.holdSince = null;
}

/**
 * Withdraws the reminder, whether or not the state says one is shown: the engine puts a reminder on
 * screen before the step that asks for it is stored (background/engine.ts), so after a worker stopped
 * in between one can be on screen that the state does not know of. Clearing none is harmless.
 */
function dismissReminder(s: SchedulerState, effects: Effect[]): void {
  effects.push({ type: 'clearReminder' });
  s.reminderShown = false;
  s.holdSince = null;
  s.escalateAtMs = null;
}

function endBreak(
  s: SchedulerState,
  now: number,
  durationMs: number,
  effects: Effect[],
  kind: 'taken' | 'short' = 'taken',
): void {
  effects.push({ type: 'record', entry: { kind, at: s.breakStartedAt ?? now, durationMs } });
  s.breakStartedAt = null;
  s.breakId = null;
  resetCycle(s);
  s.committedUntil = Math.max(s.committedUntil, now);
  // Away time around the break is part of it: the same absence is neither sitting time nor logged
  // again as natural.
  if (s.idle !== 'active') {
    s.naturalCounted = true;
    s.naturalAt = null;
  }
}

/** Rule 7: a break page left open (or closed without a word) past B counts as taken. */
function finishAbandonedBreak(s: SchedulerState, now: number, t: Timing, effects: Effect[]): void {
  if (s.breakStartedAt === null || now < s.breakStartedAt + t.breakMs + ABANDONED_BREAK_GRACE_MS) return;
  endBreak(s, now, t.breakMs, effects);
}

/**
 * Rules 5, 6 and 9: deliver a due reminder only while the countdown counts (the user is active or in
 * a short absence: someone reading is reminded too), the screen is not locked, in hours, unsnoozed
 * and not held.
 */
function deliverIfDue(s: SchedulerState, now: number, p: Prefs, t: Timing, effects: Effect[]): void {
  const accrued = accruedAt(s, now, p);
  const reachable = isCounting(s) && s.idle !== 'locked';
  if (s.snoozeUntil !== null && now >= s.snoozeUntil && accrued < t.workMs) s.snoozeUntil = null;
  if (p.headsUp && !s.headsUpGiven && reachable && accrued < t.workMs && accrued >= t.workMs - HEADS_UP_MS) {
    s.headsUpGiven = true;
    effects.push({ type: 'headsUp', at: now + (t.workMs - accrued) });
  }
  if (s.reminderShown || accrued < t.workMs || !reachable || !isWorkingTime(now, p)) return;
  if (s.snoozeUntil !== null && now < s.snoozeUntil) return;
  if (holdApplies(s.hold, p)) {
    s.holdSince ??= now;
    if (now - s.holdSince < t.maxHoldMs) return;
  }
  s.reminderShown = true;
  s.snoozeUntil = null;
  s.holdSince = null;
  effects.push({ type: 'showReminder', snoozesLeft: Math.max(0, t.snoozeLimit - s.snoozeCount) });
  armEscalation(s);
  if (!s.remindedThisCycle) effects.push({ type: 'record', entry: { kind: 'reminded', at: now } });
  s.remindedThisCycle = true;
}

/** Rule 10: the one alarm, for the next moment that matters; null when nothing is pending. */
export function nextWakeAt(s: SchedulerState, now: number, p: Prefs, t: Timing): number | null {
  const times: (number | null)[] = [s.snoozeUntil, s.pausedUntil];
  if (s.breakStartedAt !== null) times.push(s.breakStartedAt + t.breakMs + ABANDONED_BREAK_GRACE_MS);
  if (s.idle !== 'active' && s.inactiveSince !== null && !s.naturalCounted && s.breakStartedAt === null) {
    times.push(s.inactiveSince + t.naturalMs);
  }
  if (expectsHeartbeat(s)) times.push(now + HEARTBEAT_MS);
  if (isCounting(s)) {
    times.push(nextWorkingChange(now, p));
    if (isWorkingTime(now, p)) {
      const remaining = t.workMs - accruedAt(s, now, p);
      if (remaining > 0) times.push(now + remaining);
      if (p.headsUp && !s.headsUpGiven && remaining > HEADS_UP_MS) times.push(now + remaining - HEADS_UP_MS);
      if (s.holdSince !== null) times.push(now + HOLD_RECHECK_MS, s.holdSince + t.maxHoldMs);
    }
  }
  const future = times.filter((x): x is number => x !== null && x > now);
  return future.length > 0 ? Math.min(...future) : null;
}
