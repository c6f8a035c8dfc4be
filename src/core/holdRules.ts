/**
 * Which hold conditions count (rule 9, docs/RULES.md): a full-screen window holds a due reminder
 * unless the user turned it off; an audible tab and a meeting site only if the user opted in. The
 * scheduler decides with this rule, and the background asks the browser only about conditions it
 * lets count. Pure.
 */
import type { HoldReason } from './schedulerTypes.ts';
import type { Prefs } from './settings.ts';

/** Every hold condition, in the order the background looks them up. */
export const HOLD_REASONS = ['fullscreen', 'audible', 'meeting'] as const satisfies readonly HoldReason[];

export function holdApplies(hold: HoldReason | null, p: Prefs): boolean {
  if (hold === 'fullscreen') return p.holdWhenFullscreen;
  if (hold === 'audible') return p.holdWhenAudible;
  return hold === 'meeting' && p.holdWhenMeeting;
}
