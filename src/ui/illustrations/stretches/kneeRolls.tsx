import { illustration } from '../Illustration.tsx';
import { arcArrow, Cue } from '../rig/cues.tsx';
import { FRONT } from '../rig/frontSkeleton.ts';
import { angleOf, distance, type Point } from '../rig/geometry.ts';
import type { Pose } from '../rig/pose.ts';
import { MatFromAbove } from '../scene.tsx';

// Seen from above: lying on the back, head on the left, arms out on the mat, knees bent and
// together with the feet flat. Both knees sink to one side, come back, then sink to the other.
// Thighs and shins rise towards the viewer, so each is drawn at its length seen from above.
const HIPS: [number, number] = [88, 60];
const THIGH = 24;
const SHIN = 23;

function legTo(hip: Point, knee: Point, ankle: Point, side: 'L' | 'R') {
  return {
    angles: { [`thigh${side}`]: angleOf(hip, knee), [`shin${side}`]: angleOf(knee, ankle), [`foot${side}`]: 0 },
    scale: {
      [`thigh${side}`]: [distance(hip, knee) / THIGH, 1] as Point,
      [`shin${side}`]: [distance(knee, ankle) / SHIN, 1] as Point,
    },
  };
}

/** `lean`: how far the knees have sunk sideways (+ towards the bottom of the picture). */
function knees(lean: number): Pose {
  const [x, y] = HIPS;
  // The figure's right (L on the viewer's left when standing) lies at the bottom.
  const hipL: Point = [x, y + 5.5];
  const hipR: Point = [x, y - 5.5];
  const drop = Math.abs(lean) / 14;
  const kneeL: Point = [x + 16 + drop * 3, y + 4 + lean];
  const kneeR: Point = [x + 16 + drop * 3, y - 4 + lean];
  const ankleL: Point = [x + 29, y + 5 + lean * 0.15];
  const ankleR: Point = [x + 29, y - 5 + lean * 0.15];
  const l = legTo(hipL, kneeL, ankleL, 'L');
  const r = legTo(hipR, kneeR, ankleR, 'R');
  return {
    root: HIPS,
    angles: {
      lumbar: 180,
      chest: 180,
      head: 180,
      shoulderL: 90,
      shoulderR: -90,
      upperArmL: 80,
      forearmL: 80,
      handL: 80,
      upperArmR: -80,
      forearmR: -80,
      handR: -80,
      hipL: 90,
      hipR: -90,
      ...l.angles,
      ...r.angles,
    },
    scale: { ...l.scale, ...r.scale },
  };
}

export default illustration({
  label: 'illus_kneeRolls',
  motion: {
    skeleton: FRONT,
    poses: [knees(0), knees(14), knees(-14)],
    timeline: [
      [0, 0],
      [0.06, 0],
      [0.24, 1],
      [0.4, 1],
      [0.5, 0],
      [0.56, 0],
      [0.74, 2],
      [0.9, 2],
      [1, 0],
    ],
    seconds: 9,
    still: 1,
    layers: { upperArmL: 'far', forearmL: 'far', handL: 'far', upperArmR: 'far', forearmR: 'far', handR: 'far' },
  },
  behind: <MatFromAbove />,
  cues: [
    { node: <Cue d={arcArrow([HIPS[0] + 29, HIPS[1]], 17, 203, 243)} /> },
    { node: <Cue d={arcArrow([HIPS[0] + 29, HIPS[1]], 17, 157, 117)} /> },
  ],
});
