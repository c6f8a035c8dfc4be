import { illustration } from '../Illustration.tsx';
import { arcArrow, Cue } from '../rig/cues.tsx';
import type { Pose } from '../rig/pose.ts';
import { SIDE, STANDING } from '../rig/sideSkeleton.ts';
import { FLOOR, Floor } from '../scene.tsx';

// Feet stay planted; hands rest on the lower back, fingers down, elbows back.
const feet = {
  legN: { at: [81, FLOOR - 3.6] },
  legF: { at: [78, FLOOR - 3.6] },
} as const;
const hands = {
  armN: { on: 'lumbar', at: [6, -8.5] },
  armF: { on: 'lumbar', at: [7.5, -7.5] },
} as const;

const upright: Pose = {
  root: [79, 60],
  angles: { ...STANDING, handN: 90, handF: 90 },
  reach: { ...feet, ...hands },
};

const leaningBack: Pose = {
  root: [83.5, 60.5],
  angles: { ...STANDING, lumbar: -108, chest: -121, head: -120, handN: 72, handF: 72 },
  reach: { ...feet, ...hands },
};

export default illustration({
  label: 'illus_standingBackExtension',
  motion: {
    skeleton: SIDE,
    poses: [upright, leaningBack],
    timeline: [
      [0, 0],
      [0.15, 0],
      [0.45, 1],
      [0.7, 1],
      [1, 0],
    ],
    seconds: 5,
    still: 1,
  },
  behind: <Floor />,
  cues: [{ node: <Cue d={arcArrow([80, 60], 50, -84, -112)} /> }],
});
