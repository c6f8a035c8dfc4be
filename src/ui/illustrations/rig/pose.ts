/**
 * A pose says which way each bone points (world angles, so "thigh level" is 0 whatever the body
 * does), where the hips are, and optionally what a hand or foot must touch. `solve` turns it into
 * each bone's frame, with the touching limbs bent to reach (two-bone inverse kinematics).
 */
import { add, angleOf, distance, lerpPoint, type Point, polar, rotate } from './geometry.ts';
import type { Skeleton } from './skeleton.ts';

/** A point in the picture (`at`), or on a bone when `on` names it (then `at` is in its frame). */
export interface Target {
  on?: string;
  at: Point;
  /** Bend the middle joint to the other side than the chain usually does (an elbow out, not down). */
  flip?: boolean;
}

export interface Pose {
  /** The root joint (the hips) in picture units. */
  root: Point;
  /** World angle of each bone, in degrees; a bone left out points the way its parent does. */
  angles: Readonly<Record<string, number>>;
  /** Foreshortening: a bone drawn [along, across] times its size (a thigh pointing at the viewer). */
  scale?: Readonly<Record<string, Point>>;
  /** Extra offset of a bone's joint in its parent's frame (a shoulder rolling in a circle). */
  shift?: Readonly<Record<string, Point>>;
  /** Chains (skeleton.chains) whose end must reach a target; solved in the order given. */
  reach?: Readonly<Record<string, Target>>;
  /** Move the whole figure so this point of a bone sits at `to` (shoulders stay on the floor). */
  anchor?: { on: string; at: Point; to: Point };
}

export interface Frame {
  origin: Point;
  angle: number;
  scale: Point;
}

/** What the drawing needs per bone: its joint in the parent's frame, its turn, its scale. */
export interface Local {
  attach: Point;
  rotate: number;
  scale: Point;
}

export function pointOn(frame: Frame, at: Point): Point {
  return add(frame.origin, rotate([at[0] * frame.scale[0], at[1] * frame.scale[1]], frame.angle));
}

const ROOT: Frame = { origin: [0, 0], angle: 0, scale: [1, 1] };

function frames(skeleton: Skeleton, pose: Pose): Map<string, Frame> {
  const out = new Map<string, Frame>();
  for (const bone of skeleton.bones) {
    const parent = bone.parent ? (out.get(bone.parent) as Frame) : { ...ROOT, origin: pose.root };
    const shift = pose.shift?.[bone.id] ?? [0, 0];
    const origin = pointOn(parent, [
      bone.at + shift[0] / parent.scale[0],
      (bone.across ?? 0) + shift[1] / parent.scale[1],
    ]);
    out.set(bone.id, {
      origin,
      // A bone without an angle of its own carries on straight from its parent (the hips follow the spine).
      angle: pose.angles[bone.id] ?? parent.angle,
      scale: pose.scale?.[bone.id] ?? [1, 1],
    });
  }
  return out;
}

function targetPoint(all: Map<string, Frame>, target: Target): Point {
  const frame = target.on ? all.get(target.on) : undefined;
  return frame ? pointOn(frame, target.at) : target.at;
}

/** Bends a two-bone chain so its end lands on `to` (as near as the bones reach). */
function reach(
  skeleton: Skeleton,
  all: Map<string, Frame>,
  angles: Record<string, number>,
  chainId: string,
  to: Point,
  flip: boolean,
) {
  const chain = skeleton.chains[chainId];
  if (!chain) throw new Error(`No chain "${chainId}"`);
  const upper = skeleton.bones.find((b) => b.id === chain.upper);
  const lower = skeleton.bones.find((b) => b.id === chain.lower);
  if (!upper || !lower) throw new Error(`Broken chain "${chainId}"`);
  const start = (all.get(chain.upper) as Frame).origin;
  const a = upper.length;
  const b = lower.length;
  const d = Math.min(a + b - 0.01, Math.max(Math.abs(a - b) + 0.01, distance(start, to)));
  const base = angleOf(start, to);
  const offset = (Math.acos((a * a + d * d - b * b) / (2 * a * d)) * 180) / Math.PI;
  const upperAngle = base + (flip ? -chain.bend : chain.bend) * offset;
  const middle = add(start, polar(upperAngle, a));
  angles[chain.upper] = upperAngle;
  angles[chain.lower] = angleOf(middle, to);
}

export interface Solved {
  /** Where the hips end up once the anchor has moved the figure. */
  root: Point;
  frames: Map<string, Frame>;
}

/** Each bone's frame in the picture, after the anchor and the reaching limbs are applied. */
export function solve(skeleton: Skeleton, pose: Pose): Solved {
  let current: Pose = pose;
  if (pose.anchor) {
    const { on, at, to } = pose.anchor;
    const now = pointOn(frames(skeleton, current).get(on) as Frame, at);
    current = { ...current, root: add(current.root, [to[0] - now[0], to[1] - now[1]]) };
  }
  if (pose.reach) {
    const angles = { ...current.angles };
    for (const [chainId, target] of Object.entries(pose.reach)) {
      const all = frames(skeleton, { ...current, angles });
      reach(skeleton, all, angles, chainId, targetPoint(all, target), target.flip === true);
    }
    current = { ...current, angles };
  }
  return { root: current.root, frames: frames(skeleton, current) };
}

/** The per-bone values the drawing animates: joint position in the parent, turn, scale. */
export function locals(skeleton: Skeleton, pose: Pose): { root: Point; bones: Map<string, Local> } {
  const { root, frames: all } = solve(skeleton, pose);
  const out = new Map<string, Local>();
  for (const bone of skeleton.bones) {
    const frame = all.get(bone.id) as Frame;
    const parent = bone.parent ? (all.get(bone.parent) as Frame) : undefined;
    const shift = pose.shift?.[bone.id] ?? [0, 0];
    const parentScale = parent?.scale ?? [1, 1];
    out.set(bone.id, {
      // The root bones hang from the hips, which the figure's own group places.
      attach: [bone.at * parentScale[0] + shift[0], (bone.across ?? 0) * parentScale[1] + shift[1]],
      rotate: frame.angle - (parent?.angle ?? 0),
      scale: frame.scale,
    });
  }
  return { root, bones: out };
}

/**
 * The pose with its reaching limbs and anchor worked out into plain angles and hips. Key poses are
 * baked before mixing, so a limb that reaches in one pose and not the next (an arm leaving the
 * floor) turns smoothly from one to the other instead of jumping when its target goes away.
 */
export function bake(skeleton: Skeleton, pose: Pose): Pose {
  const { root, frames: all } = solve(skeleton, pose);
  const angles: Record<string, number> = {};
  for (const [id, frame] of all) angles[id] = frame.angle;
  return { ...pose, root, angles };
}

/** A target both poses share is followed all the way; one only a single pose has is let go. */
function mixTarget(a: Target | undefined, b: Target | undefined, u: number): Target | undefined {
  if (!a || !b || a.on !== b.on) return undefined;
  return { ...(a.on ? { on: a.on } : {}), ...(a.flip ? { flip: true } : {}), at: lerpPoint(a.at, b.at, u) };
}

function mixRecord<T>(
  a: Readonly<Record<string, T>> | undefined,
  b: Readonly<Record<string, T>> | undefined,
  mix: (x: T | undefined, y: T | undefined) => T | undefined,
) {
  if (!a && !b) return undefined;
  const out: Record<string, T> = {};
  for (const key of new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])) {
    const v = mix(a?.[key], b?.[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/**
 * The pose a fraction `u` of the way from `a` to `b` (both baked): angles turn the short way round,
 * targets and anchors both poses share move between their two places.
 */
export function mix(a: Pose, b: Pose, u: number): Pose {
  const one: Point = [1, 1];
  const zero: Point = [0, 0];
  const angles = mixRecord(a.angles, b.angles, (x, y) => {
    const from = x ?? y ?? 0;
    const to = y ?? x ?? 0;
    let delta = (to - from) % 360;
    if (delta > 180) delta -= 360;
    if (delta < -180) delta += 360;
    return from + delta * u;
  }) as Record<string, number>;
  const scale = mixRecord(a.scale, b.scale, (x, y) => lerpPoint(x ?? one, y ?? one, u));
  const shift = mixRecord(a.shift, b.shift, (x, y) => lerpPoint(x ?? zero, y ?? zero, u));
  const reachMix = mixRecord(a.reach, b.reach, (x, y) => mixTarget(x, y, u));
  const anchor = a.anchor && b.anchor ? { ...a.anchor, to: lerpPoint(a.anchor.to, b.anchor.to, u) } : undefined;
  return {
    root: lerpPoint(a.root, b.root, u),
    angles,
    ...(scale ? { scale } : {}),
    ...(shift ? { shift } : {}),
    ...(reachMix ? { reach: reachMix } : {}),
    ...(anchor ? { anchor } : {}),
  };
}
