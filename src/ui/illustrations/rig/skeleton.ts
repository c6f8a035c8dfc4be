/**
 * A skeleton is a tree of bones, each drawn in its own frame: x runs along the bone from its joint,
 * y across it. A pose only says which way each bone points, so every figure drawn from the same
 * skeleton has the same proportions and the same look, and limbs can never come apart.
 */
import type { Point } from './geometry.ts';

/** Fill roles; CSS maps each (and its "far" shade) to a colour, light and dark. `shade`: a nose. */
export type Tone = 'skin' | 'shirt' | 'trousers' | 'shoe' | 'hair' | 'shade';

/** Back to front: the far limbs, the body, then the near limbs. */
export type Layer = 'far' | 'body' | 'near' | 'front';
export const LAYERS: readonly Layer[] = ['far', 'body', 'near', 'front'];

export type Shape =
  /** A tapered capsule along the bone: from x0 (radius r0) to x1 (radius r1). */
  | { capsule: readonly [x0: number, x1: number, r0: number, r1: number]; tone: Tone }
  | { circle: readonly [cx: number, cy: number, r: number]; tone: Tone }
  /** A free shape in the bone's frame (hair, shoes). */
  | { path: string; tone: Tone };

export interface Bone {
  id: string;
  /** Absent for bones hanging from the figure's root (the hips). */
  parent?: string;
  /** Where the bone starts in its parent's frame: `at` along the parent, `across` beside it. */
  at: number;
  across?: number;
  length: number;
  /** Far-side limbs take the darker shade, so a side view reads as two arms and two legs. */
  far?: boolean;
  layer: Layer;
  shapes: readonly Shape[];
}

/** A two-bone limb that can be told where its end should be (a hand on a knee, a foot on the floor). */
export interface Chain {
  upper: string;
  lower: string;
  /** Which side of the line from root to target the middle joint bends to: +1 or -1. */
  bend: 1 | -1;
}

export interface Skeleton {
  /** Parents before children; drawing order within a layer follows this list. */
  bones: readonly Bone[];
  chains: Readonly<Record<string, Chain>>;
}

export function boneById(skeleton: Skeleton, id: string): Bone {
  const bone = skeleton.bones.find((b) => b.id === id);
  if (!bone) throw new Error(`No bone "${id}"`);
  return bone;
}

export type { Point };
