/** Drives a Countdown with an interval while it runs; the interval is cleared on pause, stop and unmount. */
import {
  type Countdown,
  idleCountdown,
  pauseCountdown,
  remaining,
  startCountdown,
  stopCountdown,
} from './countdown.ts';
import { useTickingCountdown } from './useTickingCountdown.ts';

export interface CountdownControls {
  countdown: Countdown;
  remainingMs: number;
  start(): void;
  pause(): void;
  stop(): void;
}

export function useCountdown(durationSec: number, now: () => number): CountdownControls {
  const { countdown, setCountdown } = useTickingCountdown(() => idleCountdown(durationSec * 1000), now);

  return {
    countdown,
    remainingMs: remaining(countdown, now()),
    start: () => setCountdown((c) => startCountdown(c, now())),
    pause: () => setCountdown((c) => pauseCountdown(c, now())),
    stop: () => setCountdown((c) => stopCountdown(c)),
  };
}
