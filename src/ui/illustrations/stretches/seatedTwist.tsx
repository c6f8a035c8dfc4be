import { illustration } from '../Illustration.tsx';
import { Cue, ellipseArrow } from '../rig/cues.tsx';
import { FACING, FRONT } from '../rig/frontSkeleton.ts';
import type { Pose } from '../rig/pose.ts';
import { ChairFront, Floor } from '../scene.tsx';

// Seen from the front: sitting tall, feet flat, arms crossed over the chest. The hips stay still
// while the upper body turns to one side and back, then to the other. A turn of `degrees` narrows
// the shoulders (cos) and slides the crossed arms and the face sideways (sin).
const HIPS: [number, number] = [80, 80];
const SHOULDER_Y = HIPS[1] - 27;

const turned = (degrees: number): Pose => {
  const r = (degrees * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  const across = (x: number, depth: number): number => HIPS[0] + x * cos + depth * sin;
  return {
    root: HIPS,
    angles: {
      ...FACING,
      thighL: 90,
      thighR: 90,
      shinL: 91,
      shinR: 89,
      handL: -75,
      handR: -105,
    },
    scale: {
      thighL: [0.05, 1],
      thighR: [0.05, 1],
      footL: [0.3, 1],
      footR: [0.3, 1],
      chest: [1, 0.55 + 0.45 * cos],
      lumbar: [1, 0.86 + 0.14 * cos],
      shoulderL: [cos, 1],
      shoulderR: [cos, 1],
    },
    shift: { face: [0, 5 * sin] },
    reach: {
      armL: { at: [across(6, 9), SHOULDER_Y + 5] },
      armR: { at: [across(-6, 9), SHOULDER_Y + 5] },
    },
  };
};

export default illustration({
  label: 'illus_seatedTwist',
  view: [20, 24, 120],
  motion: {
    skeleton: FRONT,
    poses: [turned(0), turned(42), turned(-42)],
    timeline: [
      [0, 0],
      [0.06, 0],
      [0.22, 1],
      [0.4, 1],
      [0.5, 0],
      [0.56, 0],
      [0.72, 2],
      [0.9, 2],
      [1, 0],
    ],
    seconds: 9,
    still: 1,
    layers: { upperArmR: 'front', forearmR: 'front', handR: 'front' },
  },
  behind: (
    <>
      <Floor />
      <ChairFront x={HIPS[0]} seat={HIPS[1] + 6.5} />
    </>
  ),
  cues: [{ node: <Cue d={ellipseArrow([HIPS[0], SHOULDER_Y + 16], 22, 6, 15, 165, true)} /> }],
});
