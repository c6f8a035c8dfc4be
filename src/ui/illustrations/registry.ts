/**
 * Every stretch illustration by id, each behind its own dynamic import: a page loads the drawing
 * code (the rig, shared) and the data of the stretches it shows, nothing more. Typed as a complete
 * Record, so adding a stretch without a drawing fails to compile.
 */
import type { IllustrationId } from '../../core/content/types.ts';
import type { Drawing } from './Illustration.tsx';

type Loader = () => Promise<{ default: Drawing }>;

export const ILLUSTRATIONS: Record<IllustrationId, Loader> = {
  kneeRolls: () => import('./stretches/kneeRolls.tsx'),
  walking: () => import('./stretches/walking.tsx'),
  tennisBall: () => import('./stretches/tennisBall.tsx'),
  pelvicTilt: () => import('./stretches/pelvicTilt.tsx'),
  birdDog: () => import('./stretches/birdDog.tsx'),
  bridge: () => import('./stretches/bridge.tsx'),
  seatedPelvicTilt: () => import('./stretches/seatedPelvicTilt.tsx'),
  chairCatCow: () => import('./stretches/chairCatCow.tsx'),
  seatedTwist: () => import('./stretches/seatedTwist.tsx'),
  shoulderRolls: () => import('./stretches/shoulderRolls.tsx'),
  seatedFigureFour: () => import('./stretches/seatedFigureFour.tsx'),
  seatedKneeToChest: () => import('./stretches/seatedKneeToChest.tsx'),
  seatedHamstring: () => import('./stretches/seatedHamstring.tsx'),
  standingBackExtension: () => import('./stretches/standingBackExtension.tsx'),
};
