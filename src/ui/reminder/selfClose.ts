/**
 * The reminder window closes itself, never while one of its requests waits for an answer: a page
 * that goes away with a message in flight makes Firefox log "Promise rejected after context
 * unloaded: Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved". It closes after
 * its own action (Start, Snooze, Skip) and when the background says the reminder is over.
 */
import { isReminderCleared } from '../../messaging/reminderCleared.ts';
import { pageApi } from '../../platform/pageApi.ts';

let inFlight = 0;
let closing = false;
let closed = false;

function closeIfSettled(): void {
  if (!closing || inFlight > 0 || closed) return;
  closed = true;
  window.close();
}

/** Counts a request as in flight until it settles. */
export function tracked<T>(work: Promise<T>): Promise<T> {
  inFlight += 1;
  return work.finally(() => {
    inFlight -= 1;
    closeIfSettled();
  });
}

/** Closes the window now, or as soon as the requests in flight have their answers. */
export function closeWhenSettled(): void {
  closing = true;
  closeIfSettled();
}

/** Listens for the background's "reminder over"; call before the first request. */
export function closeWhenReminderEnds(): void {
  const { runtime } = pageApi();
  runtime.onMessage.addListener((message, sender, respond) => {
    if (sender.id !== runtime.id || !isReminderCleared(message)) return undefined;
    // Answer at once (so the background does not close the window itself), then close when settled.
    respond(true);
    closeWhenSettled();
    return undefined;
  });
}
