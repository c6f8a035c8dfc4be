import { illustration } from '../Illustration.tsx';
import { arcArrow, Cue } from '../rig/cues.tsx';
import type { Pose } from '../rig/pose.ts';
import { SIDE, seated } from '../rig/sideSkeleton.ts';
import { DeskChair, FLOOR, Floor, SEAT, SEATED_VIEW } from '../scene.tsx';

// On the edge of the seat, the near leg straight with the heel on the floor and toes up; the
// back stays straight while the body hinges forward at the hips, hands sliding down the thigh.
const hips: [number, number] = [SEAT.front - 5, 83];
const legs = {
  legN: { at: [SEAT.front + 36, FLOOR - 4.5] },
  legF: { at: [SEAT.front + 15, FLOOR - 3.6] },
} as const;

const upright: Pose = {
  root: hips,
  angles: { ...seated(), footN: -62 },
  reach: { ...legs, armN: { on: 'thighN', at: [9, -5.5] }, armF: { on: 'thighN', at: [7, -6] } },
};

const hinged: Pose = {
  root: hips,
  angles: { ...seated(), footN: -62, lumbar: -46, chest: -42, head: -36, handN: 25, handF: 25 },
  reach: { ...legs, armN: { on: 'thighN', at: [24, -4.5] }, armF: { on: 'thighN', at: [21, -5] } },
};

export default illustration({
  label: 'illus_seatedHamstring',
  view: SEATED_VIEW,
  motion: {
    skeleton: SIDE,
    poses: [upright, hinged],
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
      <DeskChair />
    </>
  ),
  cues: [{ node: <Cue d={arcArrow([SEAT.front - 5, 83], 46, -84, -50)} /> }],
});
