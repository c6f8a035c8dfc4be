/**
 * The one message the background sends to pages: "the reminder is over" (started, snoozed, skipped,
 * or ended by a natural break). An open reminder window answers it and closes itself once its own
 * requests are answered; the background never pulls a window away under a request in flight, which
 * Firefox reports as "Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved".
 */
export const REMINDER_CLEARED = { limberReminder: 'cleared' } as const;

export function isReminderCleared(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    'limberReminder' in message &&
    message.limberReminder === REMINDER_CLEARED.limberReminder
  );
}
