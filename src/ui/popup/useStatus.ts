/**
 * The popup's live status: fetched on open, re-fetched every 30 s and right when it is due to change
 * on its own (countdown over, snooze or pause ended), replaced by each action's reply, and a local
 * clock ticking every second for the countdown in between.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Status } from '../../core/status.ts';
import { request } from '../../messaging/client.ts';
import { takePrefetchedStatus } from './statusPrefetch.ts';
import { nextChangeIn } from './statusView.ts';

export const REFRESH_MS = 30_000;
export const TICK_MS = 1_000;
/** Ask a little after a change is due, so the background has certainly moved on. */
const CHANGE_SLACK_MS = 500;

export interface Snapshot {
  status: Status;
  /** The popup's Date.now() when the status arrived: the base for extrapolating the countdown. */
  receivedAt: number;
}

export interface LiveStatus {
  snapshot: Snapshot | null;
  now: number;
  /** Why the last fetch failed, while no status has arrived yet or since it failed. */
  error: string | null;
  refresh: () => void;
  /** Shows a status the background just returned (an action's reply) at once. */
  show: (status: Status) => void;
}

let marked = false;
/**
 * A Performance mark at the frame that first shows a real status, so `npm run bench` can report
 * when the popup's content (not just its skeleton) is on screen. No effect beyond the mark.
 */
function markFirstStatus(): void {
  if (marked) return;
  marked = true;
  requestAnimationFrame(() => performance.mark('limber-status-shown'));
}

export function useStatus(): LiveStatus {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now);
  // Each fetch or shown reply takes a number; an older fetch answering late must not undo a newer reply.
  const generation = useRef(0);

  const accept = useCallback((status: Status) => {
    markFirstStatus();
    const at = Date.now();
    setSnapshot({ status, receivedAt: at });
    setNow(at);
    setError(null);
  }, []);

  const show = useCallback(
    (status: Status) => {
      generation.current += 1;
      accept(status);
    },
    [accept],
  );

  const refresh = useCallback(() => {
    const mine = ++generation.current;
    (takePrefetchedStatus() ?? request('getStatus', {})).then(
      (status) => {
        if (mine === generation.current) accept(status);
      },
      (e: unknown) => {
        if (mine === generation.current) setError(e instanceof Error ? e.message : String(e));
      },
    );
  }, [accept]);

  useEffect(() => {
    refresh();
    const poll = setInterval(refresh, REFRESH_MS);
    const tick = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => {
      clearInterval(poll);
      clearInterval(tick);
    };
  }, [refresh]);

  useEffect(() => {
    if (!snapshot) return;
    const ms = nextChangeIn(snapshot.status);
    if (ms === null || ms + CHANGE_SLACK_MS >= REFRESH_MS) return;
    const timer = setTimeout(refresh, Math.max(0, ms) + CHANGE_SLACK_MS);
    return () => clearTimeout(timer);
  }, [snapshot, refresh]);

  return { snapshot, now, error, refresh, show };
}
