/**
 * System notifications. Buttons are feature-detected, not browser-sniffed: where the browser has no
 * notification buttons (Firefox), or refuses them when asked, we fall back to a plain notification,
 * and the caller opens the reminder window instead.
 */
import type { Notifications } from 'webextension-polyfill';
import type { NotificationPermission } from '../core/reminderChannel.ts';
import browser from './browser.ts';

export const REMINDER_ID = 'limber-reminder';
/** The "Send a test reminder" copy: the same reminder, answered by nothing but closing it. */
export const TEST_REMINDER_ID = 'limber-reminder-test';

export interface NotificationText {
  title: string;
  message: string;
  /** Up to two buttons; dropped where the browser has no notification buttons. */
  buttons: string[];
  requireInteraction: boolean;
}

/** A notification id that is never created: the feature test below asks to update it. */
const PROBE_ID = 'limber-buttons-probe';

/**
 * Feature test, without side effects: can this browser's notifications have buttons? It asks to
 * change the buttons of a notification that does not exist. Where buttons exist (Chrome, Edge) that
 * request is valid and changes nothing (it answers "not updated"). Where they do not (Firefox, whose
 * schema marks `buttons` unsupported and has no `update`), it cannot even be made, and no request
 * goes out. The obvious probe, adding a listener to `onButtonClicked`, is not used: Firefox keeps that
 * event as a stub that logs "which is unimplemented" for every listener added.
 */
export function notificationButtonsSupported(): boolean {
  // Chrome's `update`, which Firefox (and so the polyfill's types) lack.
  const api = browser.notifications as { update?: (id: string, options: object) => Promise<boolean> } | undefined;
  if (typeof api?.update !== 'function') return false;
  try {
    void Promise.resolve(api.update(PROBE_ID, { buttons: [{ title: ' ' }] })).catch(() => undefined);
    return true;
  } catch {
    // A browser that knows `update` but not buttons refuses the options as it validates them.
    return false;
  }
}

/** Shows the notification; resolves to whether it was shown with its buttons. */
export async function showNotification(id: string, text: NotificationText): Promise<{ withButtons: boolean }> {
  const base: Notifications.CreateNotificationOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: text.title,
    message: text.message,
  };
  if (text.buttons.length > 0 && notificationButtonsSupported()) {
    try {
      const rich = { ...base, buttons: text.buttons.map((title) => ({ title })), requireInteraction: true };
      await browser.notifications.create(id, rich as Notifications.CreateNotificationOptions);
      return { withButtons: true };
    } catch {
      // Buttons refused at run time: fall through to the plain notification.
    }
  }
  await browser.notifications.create(id, base);
  return { withButtons: false };
}

/**
 * Whether the browser lets Limber's notifications through: `notifications.getPermissionLevel()` where
 * it exists (Chrome, Edge), `unknown` where it does not (Firefox) or cannot answer.
 */
export async function notificationPermission(): Promise<NotificationPermission> {
  const api = browser.notifications as { getPermissionLevel?: () => Promise<string> } | undefined;
  if (typeof api?.getPermissionLevel !== 'function') return 'unknown';
  try {
    const level = await api.getPermissionLevel();
    return level === 'granted' || level === 'denied' ? level : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Where the browser blocks Limber's notifications, Chrome rejects every notifications call ("Unknown
 * error"), clear() included; there is nothing on screen to clear then, and what follows a clear
 * (closing the reminder window) must still happen.
 */
export async function clearNotification(id: string): Promise<void> {
  await browser.notifications.clear(id).catch(() => false);
}

export function onNotificationButton(listener: (id: string, index: number) => void): void {
  if (notificationButtonsSupported()) browser.notifications.onButtonClicked.addListener(listener);
}

export function onNotificationClick(listener: (id: string) => void): void {
  browser.notifications.onClicked.addListener(listener);
}
