import { illustration } from '../Illustration.tsx';
import { arcArrow, Cue } from '../rig/cues.tsx';
import type { Pose } from '../rig/pose.ts';
import { SIDE, seated } from '../rig/sideSkeleton.ts';
import { DeskChair, FLOOR, Floor, SEATED_HIPS, SEATED_VIEW } from '../scene.tsx';

// Sitting forward with a straight back; both hands hold the near thigh just behind the knee and
// draw it up towards the chest, then lower it.
const hips: [number, number] = [SEATED_HIPS.x + 2, SEATED_HIPS.y];
const underKnee = {
  armN: { on: 'thighN', at: [19, 6] },
  armF: { on: 'thighN', at: [16, 6.5] },
} as const;
const farFoot = { legF: { at: [SEATED_HIPS.x + 24, FLOOR - 3.6] } } as const;

const down: Pose = {
  root: hips,
  angles: { ...seated(), lumbar: -76, chest: -74, head: -80, thighN: -18, shinN: 98, handN: 40, handF: 40 },
  reach: { ...farFoot, ...underKnee },
};

const hugged: Pose = {
  root: hips,
  angles: { ...seated(), lumbar: -88, chest: -88, head: -90, thighN: -52, shinN: 62, footN: 25, handN: 0, handF: 0 },
  reach: { ...farFoot, ...underKnee },
};

export default illustration({
  label: 'illus_seatedKneeToChest',
  view: SEATED_VIEW,
  motion: {
    skeleton: SIDE,
    poses: [down, hugged],
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
  cues: [{ node: <Cue d={arcArrow([SEATED_HIPS.x + 2, SEATED_HIPS.y], 33, 8, -36)} /> }],
});
