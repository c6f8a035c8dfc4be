/**
 * System notifications. Buttons are feature-detected, not browser-sniffed: where creating a
 * notification with buttons fails (Firefox), we fall back to a plain one, and the caller may open
 * the reminder window instead.
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

/**
 * Feature test: can this browser report button clicks? Firefox defines `onButtonClicked` only as a
 * stub that drops its listeners, so the event's presence is not enough: a probe listener must stick.
 */
export function notificationButtonsSupported(): boolean {
  const event = browser.notifications?.onButtonClicked;
  if (typeof event?.addListener !== 'function' || typeof event.hasListener !== 'function') return false;
  const probe = () => undefined;
  try {
    event.addListener(probe);
    return event.hasListener(probe);
  } catch {
    return false;
  } finally {
    event.removeListener?.(probe);
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
