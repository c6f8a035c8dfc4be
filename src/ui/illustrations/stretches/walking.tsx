import { illustration } from '../Illustration.tsx';
import type { Pose } from '../rig/pose.ts';
import { SIDE, STANDING } from '../rig/sideSkeleton.ts';
import { Floor } from '../scene.tsx';

// A relaxed walk on the spot: four poses of one stride (near heel down, passing, far heel down,
// passing), arms swinging loosely against the legs.
const X = 80;
const stride = (near: 'front' | 'back', y: number): Pose => {
  const front = { thigh: 66, shin: 84, foot: -12 };
  const back = { thigh: 112, shin: 124, foot: 24 };
  const [n, f] = near === 'front' ? [front, back] : [back, front];
  const [armN, armF] = near === 'front' ? [118, 64] : [64, 118];
  return {
    root: [X, y],
    angles: {
      ...STANDING,
      lumbar: -86,
      chest: -87,
      head: -88,
      thighN: n.thigh,
      shinN: n.shin,
      footN: n.foot,
      thighF: f.thigh,
      shinF: f.shin,
      footF: f.foot,
      upperArmN: armN,
      forearmN: armN - 18,
      handN: armN - 18,
      upperArmF: armF,
      forearmF: armF - 18,
      handF: armF - 18,
    },
  };
};
const passing = (stance: 'N' | 'F', y: number): Pose => {
  const swing = { thigh: 74, shin: 118, foot: 14 };
  const plant = { thigh: 92, shin: 90, foot: 0 };
  const [n, f] = stance === 'N' ? [plant, swing] : [swing, plant];
  return {
    root: [X, y],
    angles: {
      ...STANDING,
      lumbar: -86,
      chest: -87,
      head: -88,
      thighN: n.thigh,
      shinN: n.shin,
      footN: n.foot,
      thighF: f.thigh,
      shinF: f.shin,
      footF: f.foot,
      upperArmN: 90,
      forearmN: 80,
      handN: 80,
      upperArmF: 90,
      forearmF: 80,
      handF: 80,
    },
  };
};

export default illustration({
  label: 'illus_walking',
  motion: {
    skeleton: SIDE,
    poses: [stride('front', 62), passing('N', 59.6), stride('back', 62), passing('F', 59.6)],
    timeline: [
      [0, 0],
      [0.25, 1],
      [0.5, 2],
      [0.75, 3],
      [1, 0],
    ],
    seconds: 1.6,
    still: 0,
    linear: true,
  },
  behind: <Floor />,
});
