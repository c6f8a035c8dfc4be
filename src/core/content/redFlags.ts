/**
 * Every warning sign the seed names. The seed asks for immediate attention for the first three
 * (possible nerve compression such as cauda equina syndrome), so they are `urgent` and listed first.
 */
import { SEED_MEDICAL } from './sources.ts';
import type { RedFlag, RedFlagUrgency } from './types.ts';

function flag(id: string, urgency: RedFlagUrgency): RedFlag {
  return { id, textKey: `content_flag_${id}`, urgency, source: SEED_MEDICAL };
}

export const RED_FLAGS: readonly RedFlag[] = [
  flag('bowelBladder', 'urgent'),
  flag('legNumbness', 'urgent'),
  flag('saddleNumbness', 'urgent'),
  flag('severePain', 'soon'),
  flag('notImproving', 'soon'),
  flag('gettingWorse', 'soon'),
  flag('afterInjury', 'soon'),
  flag('fever', 'soon'),
  flag('weightLoss', 'soon'),
];

/** Urgent signs first, each group in its listed order, whatever order the input came in. */
export function redFlagsByUrgency(flags: readonly RedFlag[] = RED_FLAGS): {
  urgent: RedFlag[];
  soon: RedFlag[];
} {
  return { urgent: flags.filter((f) => f.urgency === 'urgent'), soon: flags.filter((f) => f.urgency === 'soon') };
}
