import { illustration } from '../Illustration.tsx';
import { LYING_HIPS, lying } from '../lying.ts';
import { Cue, lineArrow } from '../rig/cues.tsx';
import { SIDE } from '../rig/sideSkeleton.ts';
import { FloorWithMat, LYING_VIEW } from '../scene.tsx';

// The small of the back starts with a little gap under it; tightening the belly tips the pelvis
// and presses the back flat into the mat, then it relaxes again.
const relaxed = lying({ lumbar: 197, chest: 169 });
const pressed = {
  ...lying({ lumbar: 180, chest: 180 }),
  root: [LYING_HIPS[0], LYING_HIPS[1] - 0.6] as [number, number],
};

export default illustration({
  label: 'illus_pelvicTilt',
  view: LYING_VIEW,
  motion: {
    skeleton: SIDE,
    poses: [relaxed, pressed],
    timeline: [
      [0, 0],
      [0.2, 0],
      [0.4, 1],
      [0.7, 1],
      [0.9, 0],
      [1, 0],
    ],
    seconds: 5,
    still: 1,
  },
  behind: <FloorWithMat />,
  cues: [{ node: <Cue d={lineArrow([LYING_HIPS[0] - 11, 74], [LYING_HIPS[0] - 11, 86])} />, during: [[0.2, 0.7]] }],
});
