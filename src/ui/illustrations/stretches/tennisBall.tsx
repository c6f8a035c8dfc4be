import { illustration } from '../Illustration.tsx';
import { arcArrow, Cue } from '../rig/cues.tsx';
import type { Pose } from '../rig/pose.ts';
import { SIDE, STANDING } from '../rig/sideSkeleton.ts';
import { FLOOR, Floor, Wall } from '../scene.tsx';

// Leaning back against a wall with a tennis ball between the wall and the sore muscle of the lower
// back; bending the knees a little rolls the ball up and down the muscle.
const WALL = 40;
const BALL_R = 3.8;
/** The ball's centre in the lumbar frame: behind the back, low down. */
const BALL_ON_BACK: [number, number] = [6, -(6.8 + BALL_R)];

const leaning = (ballY: number): Pose => ({
  root: [60, 60],
  angles: {
    ...STANDING,
    lumbar: -97,
    chest: -99,
    head: -93,
    upperArmN: 100,
    forearmN: 92,
    upperArmF: 96,
    forearmF: 90,
  },
  anchor: { on: 'lumbar', at: BALL_ON_BACK, to: [WALL + BALL_R, ballY] },
  reach: {
    legN: { at: [WALL + 21.5, FLOOR - 3.6] },
    legF: { at: [WALL + 19, FLOOR - 3.6] },
  },
});

function Ball() {
  return (
    <g transform={`translate(${BALL_ON_BACK[0]} ${BALL_ON_BACK[1]})`}>
      <circle class="lb-fig-line" r={BALL_R + 1.2} />
      <circle class="lb-scene-ball" r={BALL_R} />
      <path class="lb-scene-ball-seam" d="M-2.6 -2.6Q0 0 -2.6 2.6M2.6 -2.6Q0 0 2.6 2.6" />
    </g>
  );
}

export default illustration({
  label: 'illus_tennisBall',
  motion: {
    skeleton: SIDE,
    poses: [leaning(55), leaning(60)],
    timeline: [
      [0, 0],
      [0.1, 0],
      [0.5, 1],
      [0.6, 1],
      [1, 0],
    ],
    seconds: 5,
    still: 0,
  },
  behind: (
    <>
      <Wall x={WALL} />
      <Floor />
    </>
  ),
  attachments: [{ on: 'lumbar', layer: 'far', node: <Ball /> }],
  cues: [{ node: <Cue d={arcArrow([WALL + BALL_R, 55], 9, 110, 250, true)} /> }],
});
