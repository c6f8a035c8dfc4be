/**
 * Quick stretches. The first six are the moves the seed names (for easing a spasm, or for
 * strengthening the core); the rest are desk-friendly variants from named public guidelines, for
 * people who cannot lie on an office floor.
 */
import {
  CUH_BACK_MOBILITY,
  MAYO_LOWER_BACK_STRETCHES,
  MAYO_SITTING_STRETCHES,
  NEWCASTLE_BODY_CHECK,
  NHS_INFORM_BACK_EXERCISES,
  SEED_PREVENTION,
  SEED_RELIEF,
} from './sources.ts';
import { stretchKeyBase, stretchTitleKey } from './stretchKeys.ts';
import type { ContentSource, IllustrationId, Stretch, StretchPlace } from './types.ts';

interface StretchSpec {
  steps: number;
  durationSec: number;
  places: StretchPlace[];
  source: ContentSource;
  howToSource?: ContentSource;
}

function stretch(id: IllustrationId, spec: StretchSpec): Stretch {
  const base = stretchKeyBase(id);
  return {
    id,
    titleKey: stretchTitleKey(id),
    stepsKeys: Array.from({ length: spec.steps }, (_, i) => `${base}_step${i + 1}`),
    cautionKey: `${base}_caution`,
    durationSec: spec.durationSec,
    places: spec.places,
    illustration: id,
    source: spec.source,
    ...(spec.howToSource ? { howToSource: spec.howToSource } : {}),
  };
}

export const STRETCHES: readonly Stretch[] = [
  // From the seed.
  stretch('kneeRolls', {
    steps: 3,
    durationSec: 60,
    places: ['floor'],
    source: SEED_RELIEF,
    howToSource: NHS_INFORM_BACK_EXERCISES,
  }),
  stretch('walking', { steps: 3, durationSec: 300, places: ['standing'], source: SEED_RELIEF }),
  stretch('tennisBall', { steps: 3, durationSec: 90, places: ['standing', 'floor'], source: SEED_RELIEF }),
  stretch('pelvicTilt', {
    steps: 3,
    durationSec: 60,
    places: ['floor'],
    source: SEED_PREVENTION,
    howToSource: NHS_INFORM_BACK_EXERCISES,
  }),
  stretch('birdDog', { steps: 4, durationSec: 60, places: ['floor'], source: SEED_PREVENTION }),
  stretch('bridge', {
    steps: 3,
    durationSec: 60,
    places: ['floor'],
    source: SEED_PREVENTION,
    howToSource: CUH_BACK_MOBILITY,
  }),
  // Desk-friendly variants from public guidelines.
  stretch('seatedPelvicTilt', { steps: 3, durationSec: 45, places: ['desk'], source: CUH_BACK_MOBILITY }),
  stretch('chairCatCow', { steps: 3, durationSec: 45, places: ['desk'], source: NEWCASTLE_BODY_CHECK }),
  stretch('seatedTwist', { steps: 3, durationSec: 40, places: ['desk'], source: NEWCASTLE_BODY_CHECK }),
  stretch('shoulderRolls', { steps: 2, durationSec: 30, places: ['desk', 'standing'], source: NEWCASTLE_BODY_CHECK }),
  stretch('seatedFigureFour', { steps: 3, durationSec: 60, places: ['desk'], source: MAYO_SITTING_STRETCHES }),
  stretch('seatedKneeToChest', { steps: 3, durationSec: 60, places: ['desk'], source: MAYO_LOWER_BACK_STRETCHES }),
  stretch('seatedHamstring', { steps: 3, durationSec: 60, places: ['desk'], source: MAYO_LOWER_BACK_STRETCHES }),
  stretch('standingBackExtension', {
    steps: 3,
    durationSec: 30,
    places: ['standing'],
    source: NHS_INFORM_BACK_EXERCISES,
  }),
];

export function findStretch(id: string): Stretch | undefined {
  return STRETCHES.find((s) => s.id === id);
}
