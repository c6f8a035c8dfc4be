import { illustration } from '../Illustration.tsx';
import { arcArrow, Cue } from '../rig/cues.tsx';
import type { Pose } from '../rig/pose.ts';
import { SIDE, seated } from '../rig/sideSkeleton.ts';
import { DeskChair, FLOOR, Floor, SEATED_HIPS, SEATED_VIEW } from '../scene.tsx';

// Near the front of the seat, feet flat, hands resting on the thighs; only the pelvis and the
// lower back move: rounded (pelvis rolled back), then arched and tall (pelvis rolled forward).
const hips: [number, number] = [SEATED_HIPS.x, SEATED_HIPS.y];
const planted = {
  legN: { at: [SEATED_HIPS.x + 24, FLOOR - 3.6] },
  legF: { at: [SEATED_HIPS.x + 22, FLOOR - 3.6] },
  armN: { on: 'thighN', at: [13, -5.5] },
  armF: { on: 'thighF', at: [11, -5.5] },
} as const;

const rounded: Pose = {
  root: hips,
  angles: { ...seated(), lumbar: -116, chest: -80, head: -72 },
  reach: planted,
};

const arched: Pose = {
  root: hips,
  angles: { ...seated(), lumbar: -70, chest: -97, head: -92 },
  reach: planted,
};

export default illustration({
  label: 'illus_seatedPelvicTilt',
  view: SEATED_VIEW,
  motion: {
    skeleton: SIDE,
    poses: [rounded, arched],
    timeline: [
      [0, 0],
      [0.12, 0],
      [0.45, 1],
      [0.6, 1],
      [0.95, 0],
      [1, 0],
    ],
    seconds: 5,
    still: 1,
  },
  behind: (
    <>
      <Floor />
      <DeskChair />
    </>
  ),
  cues: [{ node: <Cue d={arcArrow([SEATED_HIPS.x, SEATED_HIPS.y - 2], 15, 196, 246, true)} /> }],
});
