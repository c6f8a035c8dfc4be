/**
 * What a page may need to know about where it runs, each feature-detected: the operating system
 * (to open the right "notifications are hidden" help first), whether the browser lets Limber's
 * notifications through, and a way for a page to close its own tab.
 */
import type { NotificationPermission } from '../core/reminderChannel.ts';
import { pageApi } from './pageApi.ts';

export type OsName = 'win' | 'mac' | 'linux' | 'cros' | 'other';

export async function operatingSystem(): Promise<OsName> {
  try {
    const info = await pageApi().runtime.getPlatformInfo?.();
    const os = info?.os;
    return os === 'win' || os === 'mac' || os === 'linux' || os === 'cros' ? os : 'other';
  } catch {
    return 'other';
  }
}

/** `notifications.getPermissionLevel()` where the browser has it; `unknown` where it does not (Firefox). */
export async function pageNotificationPermission(): Promise<NotificationPermission> {
  try {
    const level = await pageApi().notifications?.getPermissionLevel?.();
    return level === 'granted' || level === 'denied' ? level : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Closes the page's own tab. `tabs.remove` on its own id needs no permission; `window.close()` is
 * the fallback (and what a page in its own window uses).
 */
export async function closeOwnTab(): Promise<void> {
  try {
    const tab = await pageApi().tabs?.getCurrent();
    if (tab?.id !== undefined) {
      await pageApi().tabs?.remove(tab.id);
      return;
    }
  } catch {
    // Not a tab (a popup window), or the API is missing: close the window instead.
  }
  window.close();
}
