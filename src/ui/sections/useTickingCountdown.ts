/**
 * The state and interval behind every on-screen countdown (a stretch's own timer, the break page's
 * step clock): re-renders while it runs, stops the interval on pause, stop and unmount. Remaining
 * time always comes from the countdown's end timestamp (countdown.ts), so a throttled tab never drifts.
 */
import { type Dispatch, type StateUpdater, useEffect, useRef, useState } from 'preact/hooks';
import { type Countdown, tickCountdown } from './countdown.ts';

// A quarter second keeps the m:ss display within 250 ms of the truth without busy re-rendering.
const TICK_MS = 250;

export interface TickingCountdown {
  countdown: Countdown;
  setCountdown: Dispatch<StateUpdater<Countdown>>;
  /** The latest `now`, read through a ref so an inline `now` prop does not restart the interval. */
  clock: { current: () => number };
}

export function useTickingCountdown(initial: () => Countdown, now: () => number): TickingCountdown {
  const [countdown, setCountdown] = useState<Countdown>(initial);
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

  return { countdown, setCountdown, clock };
}
