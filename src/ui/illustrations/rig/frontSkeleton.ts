/**
 * The same person seen from the front (or from above, lying down), for movements a side view
 * cannot show: a twist, knees tipping sideways. Same sizes, tones and outline as the side view.
 * "L" is the viewer's left. Upright, the spine is -90; bones pointing at the viewer are drawn
 * shortened through the pose's `scale`.
 */
import { add, type Point, polar, round } from './geometry.ts';
import type { Bone, Skeleton } from './skeleton.ts';

const p = (pt: Point) => `${round(pt[0])} ${round(pt[1])}`;

/**
 * A trapezoid along the bone, from x0 (half-width w0) to x1 (half-width w1), corners rounded by r:
 * the torso and hips seen from the front.
 */
function slab(x0: number, x1: number, w0: number, w1: number, r: number): string {
  const corners: Point[] = [
    [x0, -w0],
    [x1, -w1],
    [x1, w1],
    [x0, w0],
  ];
  let d = '';
  corners.forEach((corner, i) => {
    const prev = corners[(i + 3) % 4] as Point;
    const next = corners[(i + 1) % 4] as Point;
    const toward = (from: Point, to: Point): Point => {
      const len = Math.hypot(to[0] - from[0], to[1] - from[1]);
      return add(from, [((to[0] - from[0]) / len) * r, ((to[1] - from[1]) / len) * r]);
    };
    const a = toward(corner, prev);
    const b = toward(corner, next);
    d += `${i === 0 ? 'M' : 'L'}${p(a)}Q${p(corner)} ${p(b)}`;
  });
  return `${d}Z`;
}

const HEAD_R = 7.2;
const HEAD_X = 10.5;
const hairAt = (angle: number, r: number) => p(add([HEAD_X, 0], polar(angle, r)));
/** A cap of hair over the top of the head, in the head's frame (x up the neck). */
const HAIR = `M${hairAt(-82, HEAD_R + 0.5)}A${HEAD_R + 0.5} ${HEAD_R + 0.5} 0 0 1 ${hairAt(82, HEAD_R + 0.5)}Q${round(HEAD_X + 5.5)} 1 ${round(HEAD_X + 3.2)} -1Q${round(HEAD_X + 4.5)} -6 ${hairAt(-82, HEAD_R + 0.5)}Z`;

const arm = (side: 'L' | 'R'): Bone[] => [
  { id: `shoulder${side}`, parent: 'chest', at: 13, length: 10, layer: 'near', shapes: [] },
  {
    id: `upperArm${side}`,
    parent: `shoulder${side}`,
    at: 10,
    length: 16,
    layer: 'near',
    shapes: [
      { capsule: [0, 16, 2.9, 2.5], tone: 'skin' },
      { capsule: [0, 6.5, 3.9, 3.5], tone: 'shirt' },
    ],
  },
  {
    id: `forearm${side}`,
    parent: `upperArm${side}`,
    at: 16,
    length: 13,
    layer: 'near',
    shapes: [{ capsule: [0, 13, 2.5, 2.1], tone: 'skin' }],
  },
  {
    id: `hand${side}`,
    parent: `forearm${side}`,
    at: 13,
    length: 6,
    layer: 'near',
    shapes: [{ capsule: [0, 4.2, 2.3, 1.9], tone: 'skin' }],
  },
];

const leg = (side: 'L' | 'R'): Bone[] => [
  { id: `hip${side}`, at: 0, length: 5.5, layer: 'near', shapes: [] },
  {
    id: `thigh${side}`,
    parent: `hip${side}`,
    at: 5.5,
    length: 24,
    layer: 'near',
    shapes: [{ capsule: [0, 24, 5.4, 4.4], tone: 'trousers' }],
  },
  {
    id: `shin${side}`,
    parent: `thigh${side}`,
    at: 24,
    length: 23,
    layer: 'near',
    shapes: [{ capsule: [0, 23, 4.4, 3.3], tone: 'trousers' }],
  },
  {
    id: `foot${side}`,
    parent: `shin${side}`,
    at: 23,
    length: 9,
    layer: 'near',
    shapes: [{ capsule: [-1.5, 8, 3.6, 3.1], tone: 'shoe' }],
  },
];

export const FRONT: Skeleton = {
  bones: [
    {
      id: 'lumbar',
      at: 0,
      length: 13,
      layer: 'body',
      shapes: [{ path: slab(0, 15, 10.2, 10.6, 4), tone: 'shirt' }],
    },
    {
      id: 'pelvis',
      parent: 'lumbar',
      at: 0,
      length: 0,
      layer: 'body',
      shapes: [{ path: slab(-6, 4, 11.2, 10.6, 4.5), tone: 'trousers' }],
    },
    {
      id: 'chest',
      parent: 'lumbar',
      at: 13,
      length: 17,
      layer: 'body',
      shapes: [{ path: slab(-2, 17.5, 10.6, 12.8, 5), tone: 'shirt' }],
    },
    {
      id: 'head',
      parent: 'chest',
      at: 16.5,
      length: 10,
      layer: 'body',
      shapes: [
        { capsule: [0, 5, 3, 3], tone: 'skin' },
        { circle: [HEAD_X, 0, HEAD_R], tone: 'skin' },
      ],
    },
    // The face turns with the head: hair and nose slide sideways, the skull stays round.
    {
      id: 'face',
      parent: 'head',
      at: 0,
      length: 0,
      layer: 'body',
      shapes: [
        { path: HAIR, tone: 'hair' },
        { circle: [HEAD_X - 1.5, 0, 1.2], tone: 'shade' },
      ],
    },
    ...leg('L'),
    ...leg('R'),
    ...arm('L'),
    ...arm('R'),
  ],
  chains: {
    armL: { upper: 'upperArmL', lower: 'forearmL', bend: 1 },
    armR: { upper: 'upperArmR', lower: 'forearmR', bend: -1 },
    legL: { upper: 'thighL', lower: 'shinL', bend: 1 },
    legR: { upper: 'thighR', lower: 'shinR', bend: -1 },
  },
};

/** Upright, facing the viewer, arms by the sides. */
export const FACING: Readonly<Record<string, number>> = {
  lumbar: -90,
  chest: -90,
  head: -90,
  shoulderL: 180,
  shoulderR: 0,
  upperArmL: 96,
  forearmL: 92,
  handL: 92,
  upperArmR: 84,
  forearmR: 88,
  handR: 88,
  hipL: 180,
  hipR: 0,
  thighL: 90,
  thighR: 90,
  shinL: 90,
  shinR: 90,
  footL: 90,
  footR: 90,
};
