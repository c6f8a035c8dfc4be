import { illustration } from '../Illustration.tsx';
import { arcArrow, Cue } from '../rig/cues.tsx';
import type { Pose } from '../rig/pose.ts';
import { SIDE, seated } from '../rig/sideSkeleton.ts';
import { DeskChair, FLOOR, Floor, SEATED_HIPS, SEATED_VIEW } from '../scene.tsx';

// Hands stay on the knees while the whole back rounds (chin down), then arches (chest up).
const hips: [number, number] = [SEATED_HIPS.x - 4, SEATED_HIPS.y];
const hold = {
  legN: { at: [SEATED_HIPS.x + 20, FLOOR - 3.6] },
  legF: { at: [SEATED_HIPS.x + 18, FLOOR - 3.6] },
  armN: { on: 'thighN', at: [18.5, -5] },
  armF: { on: 'thighF', at: [17, -5] },
} as const;

const tall: Pose = { root: hips, angles: { ...seated() }, reach: hold };
const cat: Pose = { root: hips, angles: { ...seated(), lumbar: -108, chest: -58, head: -18 }, reach: hold };
const cow: Pose = { root: hips, angles: { ...seated(), lumbar: -76, chest: -104, head: -112 }, reach: hold };

export default illustration({
  label: 'illus_chairCatCow',
  view: SEATED_VIEW,
  motion: {
    skeleton: SIDE,
    poses: [tall, cat, cow],
    timeline: [
      [0, 0],
      [0.1, 0],
      [0.32, 1],
      [0.45, 1],
      [0.75, 2],
      [0.88, 2],
      [1, 0],
    ],
    seconds: 7,
    still: 1,
  },
  behind: (
    <>
      <Floor />
      <DeskChair />
    </>
  ),
  cues: [{ node: <Cue d={arcArrow([SEATED_HIPS.x - 4, SEATED_HIPS.y - 6], 25, -165, -122, true)} /> }],
});
