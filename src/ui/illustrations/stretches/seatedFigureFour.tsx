import { illustration } from '../Illustration.tsx';
import { Cue, lineArrow } from '../rig/cues.tsx';
import { FACING, FRONT } from '../rig/frontSkeleton.ts';
import type { Pose } from '../rig/pose.ts';
import { ChairFront, Floor } from '../scene.tsx';

// Seen from the front, where the crossed leg makes its "4": the right ankle rests on the left knee,
// the right knee drops out to the side. The back stays straight while the body leans forward from
// the hips, towards the viewer, so the upper body is drawn shorter and the head comes down.
const HIPS: [number, number] = [78, 80];
const crossedLeg = {
  thighL: 90,
  shinL: 90,
  footL: 90,
  thighR: -17,
  shinR: 183,
  footR: 196,
};
const legScale = {
  thighL: [0.05, 1],
  footL: [0.3, 1],
  thighR: [0.63, 1],
} as const;
const hands = {
  armL: { at: [HIPS[0] - 1, HIPS[1] - 8.5] },
  armR: { at: [HIPS[0] + 19, HIPS[1] - 9], flip: true },
} as const;

const tall: Pose = {
  root: HIPS,
  angles: { ...FACING, ...crossedLeg, handL: 70, handR: 110 },
  scale: legScale,
  reach: hands,
};

const leaning: Pose = {
  root: HIPS,
  angles: { ...FACING, ...crossedLeg, handL: 80, handR: 100 },
  scale: { ...legScale, lumbar: [0.7, 1], chest: [0.72, 1], head: [0.95, 1] },
  reach: hands,
};

export default illustration({
  label: 'illus_seatedFigureFour',
  view: [18, 24, 120],
  motion: {
    skeleton: FRONT,
    poses: [tall, leaning],
    timeline: [
      [0, 0],
      [0.15, 0],
      [0.45, 1],
      [0.78, 1],
      [1, 0],
    ],
    seconds: 6,
    still: 1,
  },
  behind: (
    <>
      <Floor />
      <ChairFront x={HIPS[0]} seat={HIPS[1] + 6.5} />
    </>
  ),
  cues: [{ node: <Cue d={lineArrow([HIPS[0] - 22, HIPS[1] - 50], [HIPS[0] - 22, HIPS[1] - 38])} /> }],
});
