import { illustration } from '../Illustration.tsx';
import { arcArrow, Cue } from '../rig/cues.tsx';
import type { Point } from '../rig/geometry.ts';
import type { Pose } from '../rig/pose.ts';
import { SIDE, seated } from '../rig/sideSkeleton.ts';
import { DeskChair, FLOOR, Floor, SEATED_HIPS, SEATED_VIEW } from '../scene.tsx';

// Sitting tall, arms hanging loose; both shoulders travel round a circle: forwards a few times
// (up, forwards, down, back), then backwards. Offsets are in the chest's frame: x up, y forwards.
const R = 4;
/** The circling arrow, just behind the shoulders. */
const CUE: Point = [SEATED_HIPS.x - 17, SEATED_HIPS.y - 28];
const at = (shift: Point): Pose => ({
  root: [SEATED_HIPS.x, SEATED_HIPS.y],
  angles: { ...seated(), upperArmN: 96, forearmN: 90, handN: 90, upperArmF: 92, forearmF: 88, handF: 88 },
  shift: { upperArmN: shift, upperArmF: shift },
  reach: {
    legN: { at: [SEATED_HIPS.x + 24, FLOOR - 3.6] },
    legF: { at: [SEATED_HIPS.x + 22, FLOOR - 3.6] },
  },
});
const up = at([R, 0]);
const forwards = at([0, R]);
const down = at([-R, 0]);
const back = at([0, -R]);

const circle = (from: number, order: number[]) => order.map((pose, i) => [from + i * 0.0625, pose] as const);

export default illustration({
  label: 'illus_shoulderRolls',
  view: SEATED_VIEW,
  motion: {
    skeleton: SIDE,
    poses: [up, forwards, down, back],
    // Two circles forwards, then two backwards; each quarter of a circle takes 1/16 of the loop.
    timeline: [...circle(0, [0, 1, 2, 3, 0, 1, 2, 3]), ...circle(0.5, [0, 3, 2, 1, 0, 3, 2, 1]), [1, 0]],
    seconds: 10,
    still: 0,
  },
  behind: (
    <>
      <Floor />
      <DeskChair />
    </>
  ),
  cues: [
    { node: <Cue d={arcArrow(CUE, 6.5, -200, 60)} />, during: [[0, 0.5]] },
    { node: <Cue d={arcArrow(CUE, 6.5, 60, -200)} />, during: [[0.5, 1]], still: false },
  ],
});
