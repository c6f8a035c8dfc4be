/**
 * Hold conditions (rule 9, docs/RULES.md), looked up only for the conditions the user's preferences
 * let count (core/holdRules.ts). Window state and `audible` need no permission; the meeting-site
 * condition needs the optional `tabs` permission and is only checked when the user granted it.
 */
import { HOLD_REASONS, holdApplies } from '../core/holdRules.ts';
import { isMeetingUrl } from '../core/meetingSites.ts';
import type { HoldReason } from '../core/schedulerTypes.ts';
import type { Prefs } from '../core/settings.ts';
import browser from './browser.ts';
import { hasTabsPermission } from './permissions.ts';

const CONDITIONS: Record<HoldReason, () => Promise<boolean>> = {
  fullscreen: async () => {
    const focused = await browser.windows.getLastFocused().catch(() => null);
    return focused?.focused === true && focused.state === 'fullscreen';
  },
  audible: async () => (await browser.tabs.query({ audible: true })).length > 0,
  meeting: async () =>
    (await hasTabsPermission()) && (await browser.tabs.query({})).some((tab) => isMeetingUrl(tab.url)),
};

export async function detectHold(p: Prefs): Promise<HoldReason | null> {
  for (const reason of HOLD_REASONS) {
    if (holdApplies(reason, p) && (await CONDITIONS[reason]())) return reason;
  }
  return null;
}
