import { illustration } from '../Illustration.tsx';
import { LYING_HIPS, LYING_SHOULDER, lying } from '../lying.ts';
import { Cue, lineArrow } from '../rig/cues.tsx';
import type { Pose } from '../rig/pose.ts';
import { SIDE } from '../rig/sideSkeleton.ts';
import { FloorWithMat, LYING_VIEW } from '../scene.tsx';

// Feet planted, shoulders and head stay on the mat; the hips lift until shoulders, hips and knees
// make one straight line, hold, then roll back down.
const shouldersDown = { on: 'chest', at: [13.5, 0], to: LYING_SHOULDER } as const;
const flat: Pose = { ...lying({ lumbar: 186, chest: 176 }), anchor: shouldersDown };
const lifted: Pose = { ...lying({ lumbar: 152, chest: 154, head: 180 }), anchor: shouldersDown };

export default illustration({
  label: 'illus_bridge',
  view: LYING_VIEW,
  motion: {
    skeleton: SIDE,
    poses: [flat, lifted],
    timeline: [
      [0, 0],
      [0.15, 0],
      [0.45, 1],
      [0.72, 1],
      [1, 0],
    ],
    seconds: 6,
    still: 1,
  },
  behind: <FloorWithMat />,
  cues: [{ node: <Cue d={lineArrow([LYING_HIPS[0] - 3, 80], [LYING_HIPS[0] - 3, 68])} />, during: [[0.1, 0.5]] }],
});
