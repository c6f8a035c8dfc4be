/**
 * Where a reminder is shown first. A system notification is the quiet default, but not when the
 * person asked for the window, and not when the browser says notifications from Limber are blocked
 * (`notifications.getPermissionLevel()`): a blocked notification is never seen, so the window is
 * used from the start. Where the browser cannot say (Firefox has no permission level), the
 * notification is tried and the window follows when it cannot carry buttons (background/effects.ts).
 * Pure.
 */
import type { Prefs } from './settings.ts';

/** What the browser says about Limber's notifications; `unknown` where it has no way to say. */
export type NotificationPermission = 'granted' | 'denied' | 'unknown';

export type ReminderChannel = 'notification' | 'window';

export function firstReminderChannel(
  style: Prefs['reminderStyle'],
  permission: NotificationPermission,
): ReminderChannel {
  return style === 'window' || permission === 'denied' ? 'window' : 'notification';
}
