/**
 * Sitting-time accounting (rules 1 to 4, docs/RULES.md; docs/ARCHITECTURE.md "Sitting time"): what the break
 * countdown counts. A sitting session runs from the user's first input to the last one before an
 * absence of at least the natural break N; shorter absences (reading, a word with a colleague, a
 * 4-minute coffee) are part of it. An absence counts provisionally while it lasts; when it reaches N
 * it becomes a natural break, and the session is taken back to its last activity (the retroactive
 * correction). Also gaps while the browser was closed or the machine slept, and clock jumps. Mutates
 * a draft state that scheduler.ts has already copied; pushes history records into `effects`.
 */
import { splitByDay } from './localDay.ts';
import { expectsHeartbeat, inShortAbsence, isCounting, resetCycle } from './schedulerState.ts';
import type { Effect, IdleState, SchedulerState } from './schedulerTypes.ts';
import type { Prefs, Timing } from './settings.ts';
import { workingMsBetween } from './workingHours.ts';

/** While the user is taken to be at the machine, the scheduler wakes this often (badge minute, gaps). */
export const HEARTBEAT_MS = 60_000;
/**
 * A silence longer than this while we were heartbeating means the browser was closed or the
 * machine slept (rule 3). Generous, because alarms may fire late on a busy machine.
 */
export const MAX_QUIET_MS = 150_000;

/** Makes accrual final up to `to`, adding working-hours time to the cycle and to the day's total. */
export function commitTo(s: SchedulerState, to: number, p: Prefs, effects: Effect[]): void {
  if (to <= s.committedUntil) return;
  if (isCounting(s)) {
    const from = s.committedUntil;
    s.cycleMs += workingMsBetween(from, to, p);
    let partStart = from;
    for (const part of splitByDay(from, to)) {
      const ms = workingMsBetween(partStart, partStart + part.ms, p);
      if (ms > 0) effects.push({ type: 'record', entry: { kind: 'active', day: part.day, ms } });
      partStart += part.ms;
    }
  }
  s.committedUntil = to;
}

/**
 * Sitting time of this cycle as of `now`, counting the not-yet-final tail: the last D while active,
 * or the absence so far while it is shorter than N.
 */
export function accruedAt(s: SchedulerState, now: number, p: Prefs): number {
  if (!isCounting(s) || now <= s.committedUntil) return s.cycleMs;
  return s.cycleMs + workingMsBetween(s.committedUntil, now, p);
}

/**
 * Rule 3: the clock jumped backwards. No negative time: everything the scheduler measured from its own
 * past ticks moves with the clock, so accrual, a non-active stretch and relative deadlines keep the
 * real time already spent on them (clamping instead would drop the provisional tail and restart a
 * stretch that was about to become a natural break). Pauses end at an absolute time and stay put.
 */
function absorbBackwardJump(s: SchedulerState, now: number): void {
  const back = s.lastTick - now;
  if (back <= 0) return;
  s.committedUntil = Math.min(s.committedUntil - back, now);
  if (s.activeSince !== null) s.activeSince -= back;
  if (s.inactiveSince !== null) s.inactiveSince -= back;
  if (s.snoozeUntil !== null) s.snoozeUntil -= back;
  if (s.breakStartedAt !== null) s.breakStartedAt -= back;
  if (s.holdSince !== null) s.holdSince -= back;
  s.lastTick = now;
}

/** Ends a pause whose time has come (rule 8). */
function endPause(s: SchedulerState, now: number): void {
  if (s.pausedUntil === null || now < s.pausedUntil) return;
  s.committedUntil = Math.max(s.committedUntil, s.pausedUntil);
  s.pausedUntil = null;
}

/**
 * Brings the state up to `now` before any event is applied: clock jumps, an ended pause, gaps, the
 * final part of accrual, and natural-break detection.
 */
export function advance(s: SchedulerState, now: number, p: Prefs, t: Timing, effects: Effect[]): void {
  absorbBackwardJump(s, now);
  endPause(s, now);
  if (expectsHeartbeat(s) && now - s.lastTick > MAX_QUIET_MS) {
    // Trust activity up to the last heartbeat; the silence after it is a non-active stretch. Ending
    // the pause first matters: the sleep after its end must not count as active time.
    commitTo(s, s.lastTick, p, effects);
    becomeInactive(s, 'idle', s.lastTick);
  }
  // While active, only up to now - D: an idle report may yet say the user left then. During an
  // absence nothing past its start is final until the user is back (or it becomes a natural break).
  if (s.idle === 'active' && isCounting(s)) commitTo(s, now - t.idleMs, p, effects);
  detectNaturalBreak(s, now, t, effects);
  s.lastTick = now;
}

function becomeInactive(s: SchedulerState, idle: Exclude<IdleState, 'active'>, since: number): void {
  s.idle = idle;
  s.activeSince = null;
  s.inactiveSince = since;
  s.naturalCounted = false;
  s.naturalAt = null;
}

/**
 * Rule 4: an absence of at least N resets the cycle, once, and is logged as natural. Nothing of the
 * absence was made final (commits stop at its start), so the session ends at its last activity. The
 * record is written now, with the length so far, and rewritten with the real length when the user
 * is back (same id, so it stays one record).
 */
export function detectNaturalBreak(s: SchedulerState, now: number, t: Timing, effects: Effect[]): void {
  if (s.idle === 'active' || s.inactiveSince === null || s.naturalCounted || s.breakStartedAt !== null) return;
  const length = now - s.inactiveSince;
  if (length < t.naturalMs) return;
  // Whether or not the state says one is shown (see dismissReminder in scheduler.ts).
  effects.push({ type: 'clearReminder' });
  resetCycle(s);
  s.naturalCounted = true;
  s.naturalAt = s.inactiveSince;
  effects.push({ type: 'record', entry: { kind: 'natural', at: s.inactiveSince, durationMs: length } });
}

/** The user is back: a short absence becomes final sitting time, a natural break gets its real length. */
function endAbsence(s: SchedulerState, now: number, p: Prefs, effects: Effect[]): void {
  if (inShortAbsence(s)) commitTo(s, now, p, effects);
  if (s.naturalAt === null || s.inactiveSince === null) return;
  const entry = { kind: 'natural' as const, at: s.naturalAt, durationMs: now - s.inactiveSince };
  // Found and ended in the same step (a wake after a long sleep): the record just made is already right.
  const same = effects.some(
    (e) =>
      e.type === 'record' &&
      e.entry.kind === 'natural' &&
      e.entry.at === entry.at &&
      e.entry.durationMs === entry.durationMs,
  );
  if (!same) effects.push({ type: 'record', entry });
}

/** Rules 1 and 2: an idle-state report. */
export function applyIdle(s: SchedulerState, idle: IdleState, now: number, p: Prefs, t: Timing, effects: Effect[]) {
  if (idle === 'active') {
    if (s.idle === 'active') return;
    endAbsence(s, now, p, effects);
    s.idle = 'active';
    s.activeSince = now;
    s.inactiveSince = null;
    s.naturalCounted = false;
    s.naturalAt = null;
    // Time after a natural break (or around a finished break) counts from here.
    s.committedUntil = Math.max(s.committedUntil, now);
    return;
  }
  if (s.idle !== 'active') {
    s.idle = idle;
    return;
  }
  // An idle report comes D after the last input: the absence really started about D before it (rule 1).
  // A lock straight from active is different: browsers report it within a second of the user
  // locking the screen, so the user was at the device until the report (measured: bench/accuracy.ts).
  // Never before the last recorded activity either way. The session is final up to there; the
  // absence itself counts on, provisionally, until it reaches N.
  const stoppedAt = Math.max(idle === 'locked' ? now : now - t.idleMs, s.committedUntil);
  commitTo(s, stoppedAt, p, effects);
  becomeInactive(s, idle, stoppedAt);
  detectNaturalBreak(s, now, t, effects);
}
