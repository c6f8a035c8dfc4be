/**
 * Quick stretches. The first six are the moves the seed names: three gentle ones for a spasm that
 * is happening, three core-strengthening ones for between spasms. The rest are desk-friendly moves
 * from named public guidelines, for loosening up through the working day. Every stretch follows a
 * public how-to page step by step (`howTo`), and those that could aggravate a spasm happening now
 * say so (`notDuringSpasm`; MedlinePlus advises against twisting early on, and strengthening waits
 * until a spasm has eased).
 */
import {
  CSP_BACK_PAIN,
  CUH_BACK_MOBILITY,
  ESKENAZI_PIRIFORMIS,
  MAYO_BACK_PAIN,
  MAYO_BIRD_DOG,
  MAYO_LOWER_BACK_STRETCHES,
  MEDLINEPLUS_LOW_BACK_PAIN,
  MYHEALTH_ALBERTA_TENNIS_BALL,
  NEWCASTLE_BODY_CHECK,
  NHS_BACK_PAIN,
  NHS_INFORM_BACK_EXERCISES,
} from './sources.ts';
import { stretchKeyBase, stretchTitleKey } from './stretchKeys.ts';
import type { IllustrationId, PublicSource, SeedFactId, Stretch, StretchPlace, StretchUse } from './types.ts';

interface StretchSpec {
  steps: number;
  durationSec: number;
  places: StretchPlace[];
  use: StretchUse;
  notDuringSpasm?: boolean;
  seedFacts?: SeedFactId[];
  /** Why the move is in Limber. */
  sources: PublicSource[];
  /** Where the step-by-step wording comes from. */
  howTo: PublicSource;
}

function stretch(id: IllustrationId, spec: StretchSpec): Stretch {
  const base = stretchKeyBase(id);
  const notDuringSpasm = spec.notDuringSpasm ?? false;
  return {
    id,
    titleKey: stretchTitleKey(id),
    stepsKeys: Array.from({ length: spec.steps }, (_, i) => `${base}_step${i + 1}`),
    cautionKey: `${base}_caution`,
    durationSec: spec.durationSec,
    places: spec.places,
    illustration: id,
    use: spec.use,
    notDuringSpasm,
    seedFacts: spec.seedFacts ?? [],
    // The "not during a spasm" line rests on MedlinePlus's advice for the first weeks.
    sources: notDuringSpasm ? [...spec.sources, MEDLINEPLUS_LOW_BACK_PAIN] : spec.sources,
    howTo: spec.howTo,
  };
}

export const STRETCHES: readonly Stretch[] = [
  // The seed's gentle moves for a spasm.
  stretch('kneeRolls', {
    steps: 3,
    durationSec: 60,
    places: ['floor'],
    use: 'spasm',
    seedFacts: ['relief.gentleMovement'],
    sources: [CSP_BACK_PAIN],
    howTo: NHS_INFORM_BACK_EXERCISES,
  }),
  stretch('walking', {
    steps: 3,
    durationSec: 300,
    places: ['standing'],
    use: 'spasm',
    seedFacts: ['relief.gentleMovement'],
    sources: [NHS_BACK_PAIN, MEDLINEPLUS_LOW_BACK_PAIN],
    howTo: NHS_INFORM_BACK_EXERCISES,
  }),
  stretch('tennisBall', {
    steps: 3,
    durationSec: 90,
    places: ['standing', 'floor'],
    use: 'spasm',
    seedFacts: ['relief.tennisBall'],
    sources: [MYHEALTH_ALBERTA_TENNIS_BALL],
    howTo: MYHEALTH_ALBERTA_TENNIS_BALL,
  }),
  // The seed's core-strengthening moves, for between spasms.
  stretch('pelvicTilt', {
    steps: 3,
    durationSec: 60,
    places: ['floor'],
    use: 'strengthen',
    notDuringSpasm: true,
    seedFacts: ['prevention.coreStrength'],
    sources: [MAYO_BACK_PAIN],
    howTo: NHS_INFORM_BACK_EXERCISES,
  }),
  stretch('birdDog', {
    steps: 4,
    durationSec: 60,
    places: ['floor'],
    use: 'strengthen',
    notDuringSpasm: true,
    seedFacts: ['prevention.coreStrength'],
    sources: [MAYO_BACK_PAIN],
    howTo: MAYO_BIRD_DOG,
  }),
  stretch('bridge', {
    steps: 3,
    durationSec: 60,
    places: ['floor'],
    use: 'strengthen',
    notDuringSpasm: true,
    seedFacts: ['prevention.coreStrength'],
    sources: [MAYO_BACK_PAIN],
    howTo: CUH_BACK_MOBILITY,
  }),
  // Desk-friendly moves from public guidelines, for loosening up.
  stretch('seatedPelvicTilt', {
    steps: 3,
    durationSec: 45,
    places: ['desk'],
    use: 'loosen',
    sources: [CUH_BACK_MOBILITY],
    howTo: CUH_BACK_MOBILITY,
  }),
  stretch('chairCatCow', {
    steps: 3,
    durationSec: 45,
    places: ['desk'],
    use: 'loosen',
    sources: [NEWCASTLE_BODY_CHECK],
    howTo: NEWCASTLE_BODY_CHECK,
  }),
  stretch('seatedTwist', {
    steps: 3,
    durationSec: 40,
    places: ['desk'],
    use: 'loosen',
    notDuringSpasm: true,
    sources: [NEWCASTLE_BODY_CHECK],
    howTo: NEWCASTLE_BODY_CHECK,
  }),
  stretch('shoulderRolls', {
    steps: 2,
    durationSec: 30,
    places: ['desk', 'standing'],
    use: 'loosen',
    sources: [NEWCASTLE_BODY_CHECK],
    howTo: NEWCASTLE_BODY_CHECK,
  }),
  stretch('seatedFigureFour', {
    steps: 3,
    durationSec: 60,
    places: ['desk'],
    use: 'loosen',
    notDuringSpasm: true,
    sources: [ESKENAZI_PIRIFORMIS],
    howTo: ESKENAZI_PIRIFORMIS,
  }),
  stretch('seatedKneeToChest', {
    steps: 3,
    durationSec: 60,
    places: ['desk'],
    use: 'loosen',
    sources: [MAYO_LOWER_BACK_STRETCHES],
    howTo: MAYO_LOWER_BACK_STRETCHES,
  }),
  stretch('seatedHamstring', {
    steps: 3,
    durationSec: 60,
    places: ['desk'],
    use: 'loosen',
    notDuringSpasm: true,
    sources: [MAYO_LOWER_BACK_STRETCHES],
    howTo: MAYO_LOWER_BACK_STRETCHES,
  }),
  stretch('standingBackExtension', {
    steps: 3,
    durationSec: 30,
    places: ['standing'],
    use: 'loosen',
    notDuringSpasm: true,
    sources: [NHS_INFORM_BACK_EXERCISES],
    howTo: NHS_INFORM_BACK_EXERCISES,
  }),
];

export function findStretch(id: string): Stretch | undefined {
  return STRETCHES.find((s) => s.id === id);
}
