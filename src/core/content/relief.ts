/**
 * "My back hurts now": the seed's quick-relief steps, in the order someone in pain would try them,
 * then the medicine safety note (the label advice comes from the FDA, not the seed).
 */
import { FDA_OTC_MEDICINES, SEED_RELIEF } from './sources.ts';
import type { ContentSource, ReliefTip } from './types.ts';

function tip(id: string, source: ContentSource): ReliefTip {
  return { id, titleKey: `content_relief_${id}_title`, textKey: `content_relief_${id}_text`, source };
}

export const RELIEF_TIPS: readonly ReliefTip[] = [
  tip('heat', SEED_RELIEF),
  tip('ice', SEED_RELIEF),
  tip('alternate', SEED_RELIEF),
  tip('gentleMovement', SEED_RELIEF),
  tip('tennisBall', SEED_RELIEF),
  tip('painRelief', SEED_RELIEF),
  tip('medicineLabel', FDA_OTC_MEDICINES),
];
