/**
 * The countdown of the current stretch, restarted for each step. Built on the pure transitions in
 * sections/countdown.ts: remaining time comes from an end timestamp, so a throttled tab never drifts.
 */
import { type Countdown, idleCountdown, pauseCountdown, remaining, startCountdown } from '../sections/countdown.ts';
import { useTickingCountdown } from '../sections/useTickingCountdown.ts';

export interface StepClock {
  countdown: Countdown;
  remainingMs: number;
  /** Starts a fresh countdown of `durationSec` at once. */
  restart(durationSec: number): void;
  toggle(): void;
}

/** Starts running at once with `firstSec`; `restart` begins the next stretch. */
export function useStepClock(firstSec: number, now: () => number = Date.now): StepClock {
  const { countdown, setCountdown, clock } = useTickingCountdown(
    () => startCountdown(idleCountdown(firstSec * 1000), now()),
    now,
  );

  return {
    countdown,
    remainingMs: remaining(countdown, now()),
    restart: (durationSec) => setCountdown(startCountdown(idleCountdown(durationSec * 1000), clock.current())),
    toggle: () =>
      setCountdown((c) =>
        c.status === 'running' ? pauseCountdown(c, clock.current()) : startCountdown(c, clock.current()),
      ),
  };
}
