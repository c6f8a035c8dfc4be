/**
 * Optional permissions, asked for only at the moment a feature that needs them is switched on.
 * `tabs` lets the meeting-site hold rule read tab addresses.
 */
import browser from './browser.ts';

const TABS = { permissions: ['tabs' as const] };

/** Must be called from a user gesture (a click or change handler), before any other await. */
export function requestTabsPermission(): Promise<boolean> {
  return browser.permissions.request(TABS);
}

export function hasTabsPermission(): Promise<boolean> {
  return browser.permissions.contains(TABS);
}
