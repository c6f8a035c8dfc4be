/** Toolbar badge: text plus a colour per state, and a tooltip that says the state in words. */
import type { BadgeLook } from '../core/schedulerTypes.ts';
import browser from './browser.ts';

/** Colours chosen to stay distinct for the common colour-vision deficiencies; text differs too. */
export const BADGE_COLOURS: Record<BadgeLook, string> = {
  working: '#1f7a5c',
  away: '#6b7280',
  due: '#c62828',
  snoozed: '#9a5b00',
  paused: '#374151',
  offHours: '#3b5b8c',
  onBreak: '#1565c0',
};

export async function setBadge(text: string, look: BadgeLook, title: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text }),
    browser.action.setBadgeBackgroundColor({ color: BADGE_COLOURS[look] }),
    browser.action.setTitle({ title }),
  ]);
}
