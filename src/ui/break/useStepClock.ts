/**
 * The countdown of the current stretch, restarted for each step. Built on the pure transitions in
 * sections/countdown.ts: remaining time comes from an end timestamp, so a throttled tab never drifts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type Countdown,
  idleCountdown,
  pauseCountdown,
  remaining,
  startCountdown,
  tickCountdown,
} from '../sections/countdown.ts';

const TICK_MS = 250;

export interface StepClock {
  countdown: Countdown;
  remainingMs: number;
  /** Starts a fresh countdown of `durationSec` at once. */
  restart(durationSec: number): void;
  toggle(): void;
}

/** Starts running at once with `firstSec`; `restart` begins the next stretch. */
export function useStepClock(firstSec: number, now: () => number = Date.now): StepClock {
  const [countdown, setCountdown] = useState<Countdown>(() => startCountdown(idleCountdown(firstSec * 1000), now()));
  const [, setTick] = useState(0);
  const clock = useRef(now);
  clock.current = now;

  useEffect(() => {
    if (countdown.status !== 'running') return;
    const timer = setInterval(() => {
      const at = clock.current();
      setTick(at);
      setCountdown((c) => tickCountdown(c, at));
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [countdown.status]);

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
