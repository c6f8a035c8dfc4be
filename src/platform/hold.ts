/**
 * Hold conditions (DESIGN rule 9). Window state and `audible` need no permission; the meeting-site
 * rule needs the optional `tabs` permission and is only checked when the user granted it.
 */
import { isMeetingUrl } from '../core/meetingSites.ts';
import type { HoldReason } from '../core/schedulerTypes.ts';
import type { Prefs } from '../core/settings.ts';
import browser from './browser.ts';
import { hasTabsPermission } from './permissions.ts';

export async function detectHold(p: Prefs): Promise<HoldReason | null> {
  if (p.holdWhenFullscreen) {
    const focused = await browser.windows.getLastFocused().catch(() => null);
    if (focused?.focused && focused.state === 'fullscreen') return 'fullscreen';
  }
  if (p.holdWhenAudible) {
    const audible = await browser.tabs.query({ audible: true });
    if (audible.length > 0) return 'audible';
  }
  if (p.holdWhenMeeting && (await hasTabsPermission())) {
    const tabs = await browser.tabs.query({});
    if (tabs.some((tab) => isMeetingUrl(tab.url))) return 'meeting';
  }
  return null;
}
