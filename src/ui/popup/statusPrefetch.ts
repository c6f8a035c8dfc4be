/**
 * The popup's first getStatus, sent as the app's first statement (main.tsx), before it renders, so
 * the background works out the answer while the app mounts; the app's first refresh takes it
 * instead of asking again. Sent first, it also goes ahead of the app's other first requests
 * (repair notices), which the background would otherwise answer first, one at a time.
 */
import type { Status } from '../../core/status.ts';
import { request } from '../../messaging/client.ts';

let pending: Promise<Status> | null = null;

export function prefetchStatus(): void {
  if (pending) return;
  pending = request('getStatus', {});
  // Whoever takes it handles a failure; until then it must not count as unhandled.
  pending.catch(() => undefined);
}

/** The prefetched answer, once: later refreshes ask anew. */
export function takePrefetchedStatus(): Promise<Status> | null {
  const taken = pending;
  pending = null;
  return taken;
}
