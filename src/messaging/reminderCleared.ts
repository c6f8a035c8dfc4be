/**
 * How the background tells an open reminder window that the reminder is over (started, snoozed,
 * skipped, or ended by a natural break): over a port the window opens, never a runtime message.
 * A runtime message would reach every Limber page that listens, so a window closing itself would be
 * a recipient of the popup's own requests, and Firefox logs "Actor 'Conduits' destroyed before
 * query 'RuntimeMessage' was resolved" whenever a page goes away with such a query open. A port is
 * point to point, and closing it logs nothing.
 */
export const REMINDER_PORT = 'limber-reminder';

/** Background to window, on connecting: "I have your port"; the window sends requests after it. */
export const REMINDER_PORT_READY = { limberReminder: 'listening' } as const;
/** Background to window: the reminder is over; close once your requests are answered. */
export const REMINDER_CLEARED = { limberReminder: 'cleared' } as const;

const isTagged = (message: unknown, tag: string): boolean =>
  typeof message === 'object' && message !== null && 'limberReminder' in message && message.limberReminder === tag;

export const isReminderPortReady = (message: unknown): boolean => isTagged(message, REMINDER_PORT_READY.limberReminder);
export const isReminderCleared = (message: unknown): boolean => isTagged(message, REMINDER_CLEARED.limberReminder);
