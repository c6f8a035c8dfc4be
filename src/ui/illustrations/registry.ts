/**
 * Every stretch illustration by id. Typed as a complete Record so adding a stretch without a
 * drawing fails to compile. Import it lazily (see index.ts) to keep it out of the popup's first view.
 */
import type { ComponentType } from 'preact';
import type { IllustrationId } from '../../core/content/types.ts';
import { BirdDog } from './BirdDog.tsx';
import { Bridge } from './Bridge.tsx';
import { ChairCatCow } from './ChairCatCow.tsx';
import { KneeRolls } from './KneeRolls.tsx';
import { PelvicTilt } from './PelvicTilt.tsx';
import { SeatedFigureFour } from './SeatedFigureFour.tsx';
import { SeatedHamstring } from './SeatedHamstring.tsx';
import { SeatedKneeToChest } from './SeatedKneeToChest.tsx';
import { SeatedPelvicTilt } from './SeatedPelvicTilt.tsx';
import { SeatedTwist } from './SeatedTwist.tsx';
import { ShoulderRolls } from './ShoulderRolls.tsx';
import { StandingBackExtension } from './StandingBackExtension.tsx';
import { TennisBall } from './TennisBall.tsx';
import { Walking } from './Walking.tsx';

export const ILLUSTRATIONS: Record<IllustrationId, ComponentType> = {
  kneeRolls: KneeRolls,
  walking: Walking,
  tennisBall: TennisBall,
  pelvicTilt: PelvicTilt,
  birdDog: BirdDog,
  bridge: Bridge,
  seatedPelvicTilt: SeatedPelvicTilt,
  chairCatCow: ChairCatCow,
  seatedTwist: SeatedTwist,
  shoulderRolls: ShoulderRolls,
  seatedFigureFour: SeatedFigureFour,
  seatedKneeToChest: SeatedKneeToChest,
  seatedHamstring: SeatedHamstring,
  standingBackExtension: StandingBackExtension,
};
