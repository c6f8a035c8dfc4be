/**
 * Optional permissions, asked for only at the moment a feature that needs them is switched on.
 * `tabs` lets the meeting-site hold rule read tab addresses. Used by pages (options) and the
 * background (hold check), so it goes through the polyfill-free page API, which both have.
 */
import { pageApi } from './pageApi.ts';

const TABS = { permissions: ['tabs'] };

/** Must be called from a user gesture (a click or change handler), before any other await. */
export function requestTabsPermission(): Promise<boolean> {
  return pageApi().permissions.request(TABS);
}

export function hasTabsPermission(): Promise<boolean> {
  return pageApi().permissions.contains(TABS);
}
