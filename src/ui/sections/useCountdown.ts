/** Drives a Countdown with an interval while it runs; the interval is cleared on pause, stop and unmount. */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type Countdown,
  idleCountdown,
  pauseCountdown,
  remaining,
  startCountdown,
  stopCountdown,
  tickCountdown,
} from './countdown.ts';

// A quarter second keeps the m:ss display within 250 ms of the truth without busy re-rendering.
const TICK_MS = 250;

export interface CountdownControls {
  countdown: Countdown;
  remainingMs: number;
  start(): void;
  pause(): void;
  stop(): void;
}

export function useCountdown(durationSec: number, now: () => number): CountdownControls {
  const [countdown, setCountdown] = useState(() => idleCountdown(durationSec * 1000));
  const [, setClock] = useState(0);
  // Read the clock through a ref so an inline `now` prop does not restart the interval every render.
  const clock = useRef(now);
  clock.current = now;

  useEffect(() => {
    if (countdown.status !== 'running') return;
    const timer = setInterval(() => {
      const at = clock.current();
      setClock(at);
      setCountdown((c) => tickCountdown(c, at));
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [countdown.status]);

  return {
    countdown,
    remainingMs: remaining(countdown, now()),
    start: () => setCountdown((c) => startCountdown(c, now())),
    pause: () => setCountdown((c) => pauseCountdown(c, now())),
    stop: () => setCountdown((c) => stopCountdown(c)),
  };
}
