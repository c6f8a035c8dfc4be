import { illustration } from '../Illustration.tsx';
import type { Pose } from '../rig/pose.ts';
import { SIDE } from '../rig/sideSkeleton.ts';
import { FloorWithMat, MAT_TOP } from '../scene.tsx';

// On hands and knees (hands under the shoulders, knees under the hips), back flat. The near arm
// reaches forwards with the far leg back, then the far arm with the near leg.
const HIPS: [number, number] = [58, MAT_TOP - 28];
const SHOULDER_X = HIPS[0] + 26.4;

const kneeling = {
  thighN: 90,
  thighF: 90,
  shinN: 180,
  shinF: 180,
  footN: 190,
  footF: 190,
};
const base = { lumbar: -8, chest: -8, head: -14, handN: 0, handF: 0, ...kneeling };
const hands = {
  armN: { at: [SHOULDER_X + 1, MAT_TOP - 3] },
  armF: { at: [SHOULDER_X - 1, MAT_TOP - 3] },
} as const;

const allFours: Pose = { root: HIPS, angles: base, reach: hands };

const reachNearArm: Pose = {
  root: HIPS,
  angles: { ...base, head: -12, upperArmN: -8, forearmN: -8, handN: -8, thighF: 178, shinF: 178, footF: 100 },
  reach: { armF: hands.armF },
};

const reachFarArm: Pose = {
  root: HIPS,
  angles: { ...base, head: -12, upperArmF: -8, forearmF: -8, handF: -8, thighN: 178, shinN: 178, footN: 100 },
  reach: { armN: hands.armN },
};

export default illustration({
  label: 'illus_birdDog',
  motion: {
    skeleton: SIDE,
    poses: [allFours, reachNearArm, reachFarArm],
    timeline: [
      [0, 0],
      [0.06, 0],
      [0.2, 1],
      [0.38, 1],
      [0.5, 0],
      [0.56, 0],
      [0.7, 2],
      [0.88, 2],
      [1, 0],
    ],
    seconds: 9,
    still: 1,
  },
  behind: <FloorWithMat />,
});
