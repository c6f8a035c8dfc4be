/**
 * Lying on the back on a mat, seen from the side: head on the left, knees bent, feet flat near the
 * buttocks, arms long by the sides, palms down. Pelvic tilts and bridges start from here.
 */

import type { Pose } from './rig/pose.ts';
import { MAT_TOP } from './scene.tsx';

/** The hip joint when lying down: the pelvis (radius about 7) rests on the mat. */
export const LYING_HIPS: [number, number] = [86, MAT_TOP - 7];
/** The shoulder joint on the mat, where the upper back stays. */
export const LYING_SHOULDER: [number, number] = [LYING_HIPS[0] - 26.5, MAT_TOP - 7];

export const feetFlat = {
  legN: { at: [LYING_HIPS[0] + 30, MAT_TOP - 3.6] },
  legF: { at: [LYING_HIPS[0] + 28, MAT_TOP - 3.6] },
} as const;

export const armsDown = {
  armN: { at: [LYING_SHOULDER[0] + 27, MAT_TOP - 2.6] },
  armF: { at: [LYING_SHOULDER[0] + 25, MAT_TOP - 2.6] },
} as const;

export function lyingAngles(): Record<string, number> {
  return {
    lumbar: 180,
    chest: 180,
    head: 180,
    upperArmN: 8,
    forearmN: 0,
    handN: 0,
    upperArmF: 8,
    forearmF: 0,
    handF: 0,
    footN: 0,
    footF: 0,
  };
}

export function lying(angles: Record<string, number> = {}): Pose {
  return {
    root: LYING_HIPS,
    angles: { ...lyingAngles(), ...angles },
    reach: { ...feetFlat, ...armsDown },
  };
}
