/**
 * "During a spasm": the seed's quick-relief steps, in the order someone in pain would try them.
 * Everything here is for a spasm happening now; strengthening moves are for between spasms
 * (stretchGroups.ts) and the section says so.
 */
import {
  FDA_OTC_MEDICINES,
  MEDLINEPLUS_LOW_BACK_PAIN,
  MYHEALTH_ALBERTA_TENNIS_BALL,
  NHS_BACK_PAIN,
  NHS_INFORM_BACK_EXERCISES,
} from './sources.ts';
import type { IllustrationId, PublicSource, ReliefTip, SeedFactId } from './types.ts';

interface TipSpec {
  seedFacts: SeedFactId[];
  sources: PublicSource[];
  caution?: boolean;
  stretchId?: IllustrationId;
}

function tip(id: string, spec: TipSpec): ReliefTip {
  return {
    id,
    titleKey: `content_relief_${id}_title`,
    textKey: `content_relief_${id}_text`,
    ...(spec.caution ? { cautionKey: `content_relief_${id}_caution` } : {}),
    ...(spec.stretchId ? { stretchId: spec.stretchId } : {}),
    seedFacts: spec.seedFacts,
    sources: spec.sources,
  };
}

export const RELIEF_TIPS: readonly ReliefTip[] = [
  tip('heat', { seedFacts: ['relief.heat'], sources: [NHS_BACK_PAIN, MEDLINEPLUS_LOW_BACK_PAIN], caution: true }),
  tip('ice', { seedFacts: ['relief.coldInTowel'], sources: [NHS_BACK_PAIN, MEDLINEPLUS_LOW_BACK_PAIN], caution: true }),
  // The section puts the warm-and-cold timer in this card.
  tip('alternate', { seedFacts: ['relief.alternate'], sources: [NHS_BACK_PAIN, MEDLINEPLUS_LOW_BACK_PAIN] }),
  tip('walk', {
    seedFacts: ['relief.gentleMovement'],
    sources: [NHS_BACK_PAIN, MEDLINEPLUS_LOW_BACK_PAIN],
    stretchId: 'walking',
  }),
  tip('kneeRolls', {
    seedFacts: ['relief.gentleMovement'],
    sources: [NHS_INFORM_BACK_EXERCISES],
    stretchId: 'kneeRolls',
  }),
  tip('tennisBall', {
    seedFacts: ['relief.tennisBall'],
    sources: [MYHEALTH_ALBERTA_TENNIS_BALL],
    stretchId: 'tennisBall',
  }),
  tip('painRelief', {
    seedFacts: ['relief.painRelief'],
    sources: [MEDLINEPLUS_LOW_BACK_PAIN, FDA_OTC_MEDICINES],
    caution: true,
  }),
];
