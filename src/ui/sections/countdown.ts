/**
 * A stretch countdown as pure transitions. Remaining time is derived from an end timestamp, not from
 * counting ticks, so a throttled or late timer (background tab, busy machine) never drifts.
 */

export type CountdownStatus = 'idle' | 'running' | 'paused' | 'done';

export interface Countdown {
  status: CountdownStatus;
  durationMs: number;
  /** Time left when not running; for a running countdown, see remaining(). */
  remainingMs: number;
  /** Wall-clock end, only while running. */
  endsAt: number | null;
}

export function idleCountdown(durationMs: number): Countdown {
  return { status: 'idle', durationMs, remainingMs: durationMs, endsAt: null };
}

export function remaining(c: Countdown, now: number): number {
  return c.status === 'running' && c.endsAt !== null ? Math.max(0, c.endsAt - now) : c.remainingMs;
}

/** Starts from the full duration (idle or done) or continues a paused countdown. */
export function startCountdown(c: Countdown, now: number): Countdown {
  if (c.status === 'running') return c;
  const left = c.status === 'paused' ? c.remainingMs : c.durationMs;
  return { ...c, status: 'running', remainingMs: left, endsAt: now + left };
}

export function pauseCountdown(c: Countdown, now: number): Countdown {
  if (c.status !== 'running') return c;
  return { ...c, status: 'paused', remainingMs: remaining(c, now), endsAt: null };
}

export function stopCountdown(c: Countdown): Countdown {
  return idleCountdown(c.durationMs);
}

/** Moves a running countdown to `done` once its end has passed; otherwise returns it unchanged. */
export function tickCountdown(c: Countdown, now: number): Countdown {
  if (c.status !== 'running' || remaining(c, now) > 0) return c;
  return { ...c, status: 'done', remainingMs: 0, endsAt: null };
}
