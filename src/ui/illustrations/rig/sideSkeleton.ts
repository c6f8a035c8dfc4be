/**
 * The person seen from the side, facing right (+x). Sizes are picture units (the frame is 160 x 120):
 * standing, the figure is about 100 tall, a little over seven heads, with a friendly large head.
 *
 * Bone angles are world angles: 0 points right (forwards), 90 down, -90 up, 180 back. Standing
 * straight is spine and head -90, arms and legs 90, feet 0.
 */
import { add, type Point, polar, round } from './geometry.ts';
import type { Bone, Shape, Skeleton } from './skeleton.ts';

const HEAD_R = 7.2;
const HEAD_CENTER: Point = [10.5, 0.4];

function at(angle: number, r: number): string {
  const p = add(HEAD_CENTER, polar(angle, r));
  return `${round(p[0])} ${round(p[1])}`;
}

/**
 * Hair over the top and back of the head, in the head's frame (x up the neck, y towards the face):
 * an arc from the forehead round the back to the nape, closed by a curve across the skull.
 */
const HAIR = `M${at(48, HEAD_R + 0.5)}A${HEAD_R + 0.5} ${HEAD_R + 0.5} 0 1 0 ${at(-148, HEAD_R + 0.3)}Q${round(HEAD_CENTER[0] + 1.5)} ${round(HEAD_CENTER[1] - 1)} ${at(48, HEAD_R + 0.5)}Z`;

/** A shoe in the foot's frame: the ankle at the origin, the toe at +x, the sole along y = 3.6. */
const SHOE =
  'M-3.2 -2C-3.6 1 -3 3.6 0 3.6L8.6 3.6C10.6 3.6 10.8 1.2 9.4 0.2C7.6 -1 4.5 -1.2 2.5 -2.6C0.8 -3.6 -2.9 -3.7 -3.2 -2Z';

const leg = (side: 'N' | 'F'): Bone[] => {
  const far = side === 'F';
  const layer = far ? 'far' : 'near';
  return [
    { id: `thigh${side}`, at: 0, length: 24, far, layer, shapes: [{ capsule: [0, 24, 5.3, 4.3], tone: 'trousers' }] },
    {
      id: `shin${side}`,
      parent: `thigh${side}`,
      at: 24,
      length: 23,
      far,
      layer,
      shapes: [{ capsule: [0, 23, 4.3, 3.2], tone: 'trousers' }],
    },
    { id: `foot${side}`, parent: `shin${side}`, at: 23, length: 9, far, layer, shapes: [{ path: SHOE, tone: 'shoe' }] },
  ];
};

const arm = (side: 'N' | 'F'): Bone[] => {
  const far = side === 'F';
  const layer = far ? 'far' : 'near';
  const sleeve: Shape = { capsule: [0, 6.5, 3.9, 3.5], tone: 'shirt' };
  return [
    {
      id: `upperArm${side}`,
      parent: 'chest',
      at: 13.5,
      length: 16,
      far,
      layer,
      shapes: [{ capsule: [0, 16, 2.9, 2.5], tone: 'skin' }, sleeve],
    },
    {
      id: `forearm${side}`,
      parent: `upperArm${side}`,
      at: 16,
      length: 13,
      far,
      layer,
      shapes: [{ capsule: [0, 13, 2.5, 2.1], tone: 'skin' }],
    },
    {
      id: `hand${side}`,
      parent: `forearm${side}`,
      at: 13,
      length: 6,
      far,
      layer,
      shapes: [{ capsule: [0, 4.2, 2.3, 1.9], tone: 'skin' }],
    },
  ];
};

export const SIDE: Skeleton = {
  bones: [
    // Legs first: within a layer a hand resting on a knee is drawn over it.
    ...leg('F'),
    ...leg('N'),
    {
      id: 'lumbar',
      at: 0,
      length: 13,
      layer: 'body',
      shapes: [{ capsule: [3, 13, 6.7, 6.9], tone: 'shirt' }],
    },
    // The hips, in the near layer and after the near thigh, so the thigh grows out of them.
    {
      id: 'pelvis',
      parent: 'lumbar',
      at: 0,
      length: 0,
      layer: 'near',
      shapes: [{ capsule: [-2, 4.5, 7.4, 7], tone: 'trousers' }],
    },
    {
      id: 'chest',
      parent: 'lumbar',
      at: 13,
      length: 17,
      layer: 'body',
      shapes: [{ capsule: [0, 11, 6.9, 7.3], tone: 'shirt' }],
    },
    {
      id: 'head',
      parent: 'chest',
      at: 16.5,
      length: 10,
      layer: 'body',
      shapes: [
        { capsule: [0, 5, 2.9, 2.9], tone: 'skin' },
        { circle: [HEAD_CENTER[0], HEAD_CENTER[1], HEAD_R], tone: 'skin' },
        { path: HAIR, tone: 'hair' },
      ],
    },
    ...arm('F'),
    ...arm('N'),
  ],
  chains: {
    armN: { upper: 'upperArmN', lower: 'forearmN', bend: 1 },
    armF: { upper: 'upperArmF', lower: 'forearmF', bend: 1 },
    legN: { upper: 'thighN', lower: 'shinN', bend: -1 },
    legF: { upper: 'thighF', lower: 'shinF', bend: -1 },
  },
};

/** Standing straight, arms by the sides; other poses start from here and change what differs. */
export const STANDING: Readonly<Record<string, number>> = {
  lumbar: -90,
  chest: -90,
  head: -90,
  upperArmN: 95,
  forearmN: 92,
  handN: 92,
  upperArmF: 88,
  forearmF: 86,
  handF: 86,
  thighN: 90,
  shinN: 90,
  footN: 0,
  thighF: 90,
  shinF: 90,
  footF: 0,
};

/** Sitting upright on a chair, thighs level, shins down, hands on the thighs. */
export function seated(): Record<string, number> {
  return { ...STANDING, thighN: 0, thighF: 0, shinN: 90, shinF: 90, handN: 0, handF: 0 };
}
