/**
 * The reminder window closes itself, never while one of its requests waits for an answer: a page
 * that goes away with a message in flight makes Firefox log "Promise rejected after context
 * unloaded: Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved". It closes after
 * its own action (Start, Snooze, Skip), and when the background says over the window's port that
 * the reminder is over.
 *
 * The port also tells the background that this window is alive: a reminder window without a port is
 * one the background may close itself (platform/reminderWindows.ts). So the window connects before
 * its first request, and again before any request once the port was lost (the background stopped,
 * as an idle service worker or event page does), never in between: it keeps no background awake.
 */
import { isReminderCleared, isReminderPortReady, REMINDER_PORT } from '../../messaging/reminderCleared.ts';
import { pageApi } from '../../platform/pageApi.ts';

let inFlight = 0;
let closing = false;
let closed = false;
/** Settles once the background holds this window's port (or the port is gone); null when not connected. */
let port: Promise<void> | null = null;

function closeIfSettled(): void {
  if (!closing || inFlight > 0 || closed) return;
  closed = true;
  window.close();
}

/** Closes the window now, or as soon as the requests in flight have their answers. */
export function closeWhenSettled(): void {
  closing = true;
  closeIfSettled();
}

function connect(): Promise<void> {
  port ??= new Promise<void>((ready) => {
    const opened = pageApi().runtime.connect({ name: REMINDER_PORT });
    opened.onMessage.addListener((message) => {
      if (isReminderPortReady(message)) ready();
      else if (isReminderCleared(message)) closeWhenSettled();
    });
    opened.onDisconnect.addListener(() => {
      port = null;
      ready();
    });
  });
  return port;
}

/**
 * Sends a request once the background holds the window's port (so it knows the window is alive),
 * and counts it as in flight until it settles.
 */
export function tracked<T>(send: () => Promise<T>): Promise<T> {
  inFlight += 1;
  return connect()
    .then(send)
    .finally(() => {
      inFlight -= 1;
      closeIfSettled();
    });
}
