/**
 * A motion is a few key poses and a timeline that visits them in a loop. `sample` eases between
 * consecutive key poses and solves every in-between pose (so a hand resting on a knee stays on the
 * knee all the way), giving each bone a list of values for SMIL to play back.
 */
import { type Point, round, wrap } from './geometry.ts';
import { bake, locals, mix, type Pose } from './pose.ts';
import type { Layer, Skeleton } from './skeleton.ts';

export interface Motion {
  skeleton: Skeleton;
  poses: readonly Pose[];
  /** [moment as a fraction of the loop, pose index], from 0 to 1; a pose listed twice is a hold. */
  timeline: readonly (readonly [number, number])[];
  /** Length of one loop. */
  seconds: number;
  /** The pose shown when motion is reduced and in thumbnails: the one that explains the most. */
  still: number;
  /** Constant speed between key poses (a walk), instead of easing in and out of each. */
  linear?: boolean;
  /** Bones drawn in another layer than the skeleton's (a hand held in front of a knee). */
  layers?: Readonly<Record<string, Layer>>;
}

export interface Track {
  attach: Point[];
  rotate: number[];
  scale: Point[];
}

export interface Sampled {
  /** Moments in the loop, 0 to 1. */
  times: number[];
  root: Point[];
  bones: Map<string, Track>;
}

/** In-between poses per move; with SMIL's linear interpolation between them the motion looks smooth. */
const STEPS = 8;

const ease = (u: number) => u * u * (3 - 2 * u);

/** Every pose the loop passes through, at the moments SMIL will show them. */
export function posesOverTime(motion: Motion): { times: number[]; poses: Pose[] } {
  const [first, ...rest] = motion.timeline;
  if (!first) throw new Error('Empty timeline');
  const baked = motion.poses.map((pose) => bake(motion.skeleton, pose));
  const at = (i: number) => {
    const pose = baked[i];
    if (!pose) throw new Error(`No pose ${i}`);
    return pose;
  };
  const times = [first[0]];
  const poses = [at(first[1])];
  let previous = first;
  for (const next of rest) {
    const [t0, from] = previous;
    const [t1, to] = next;
    const steps = from === to ? 1 : motion.linear ? STEPS / 2 : STEPS;
    for (let k = 1; k <= steps; k++) {
      times.push(t0 + ((t1 - t0) * k) / steps);
      poses.push(mix(at(from), at(to), motion.linear ? k / steps : ease(k / steps)));
    }
    previous = next;
  }
  return { times, poses };
}

export function sample(motion: Motion): Sampled {
  const { times, poses } = posesOverTime(motion);
  const root: Point[] = [];
  const bones = new Map<string, Track>(motion.skeleton.bones.map((b) => [b.id, { attach: [], rotate: [], scale: [] }]));
  for (const pose of poses) {
    const solved = locals(motion.skeleton, pose);
    root.push(solved.root);
    for (const [id, local] of solved.bones) {
      const track = bones.get(id) as Track;
      const previous = track.rotate[track.rotate.length - 1];
      // Keep turning the short way between samples, so SMIL never spins a limb through 360°.
      const turn = previous === undefined ? wrap(local.rotate) : previous + wrap(local.rotate - previous);
      track.rotate.push(turn);
      track.attach.push(local.attach);
      track.scale.push(local.scale);
    }
  }
  return { times, root, bones };
}

/** One pose, solved, for the still picture. */
export function still(motion: Motion): Sampled {
  const pose = motion.poses[motion.still];
  if (!pose) throw new Error(`No pose ${motion.still}`);
  const solved = locals(motion.skeleton, pose);
  const bones = new Map<string, Track>();
  for (const [id, local] of solved.bones) {
    bones.set(id, { attach: [local.attach], rotate: [wrap(local.rotate)], scale: [local.scale] });
  }
  return { times: [0], root: [solved.root], bones };
}

export const formatNumber = (n: number) => String(round(n));
export const formatPoint = (p: Point) => `${round(p[0])} ${round(p[1])}`;
