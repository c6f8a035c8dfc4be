/**
 * The illustration rig: limbs told to touch something touch it at every moment of every loop, the
 * whole figure stays inside its picture and above the floor, and the animation values SMIL plays
 * are well formed. These run on the real stretch data, so a badly authored pose fails here.
 */
import { describe, expect, it } from 'vitest';
import { STRETCHES } from '../../src/core/content/stretches.ts';
import type { Drawing } from '../../src/ui/illustrations/Illustration.tsx';
import { ILLUSTRATIONS } from '../../src/ui/illustrations/registry.ts';
import { capsule, distance, type Point } from '../../src/ui/illustrations/rig/geometry.ts';
import { posesOverTime, sample } from '../../src/ui/illustrations/rig/motion.ts';
import { mix, type Pose, pointOn, solve } from '../../src/ui/illustrations/rig/pose.ts';
import type { Skeleton } from '../../src/ui/illustrations/rig/skeleton.ts';
import { FLOOR } from '../../src/ui/illustrations/scene.tsx';

const drawings: [string, Drawing][] = await Promise.all(
  STRETCHES.map(async (s) => [s.id, (await ILLUSTRATIONS[s.illustration]()).default] as [string, Drawing]),
);

function chainEnd(skeleton: Skeleton, pose: Pose, chainId: string): Point {
  const chain = skeleton.chains[chainId];
  if (!chain) throw new Error(chainId);
  const lower = skeleton.bones.find((b) => b.id === chain.lower);
  const frame = solve(skeleton, pose).frames.get(chain.lower);
  if (!lower || !frame) throw new Error(chainId);
  return pointOn(frame, [lower.length, 0]);
}

describe('stretch poses', () => {
  it.each(drawings)('%s: hands and feet stay where they are placed, all through the loop', (_, drawing) => {
    const { motion } = drawing.spec;
    const { poses } = posesOverTime(motion);
    expect(poses.length).toBeGreaterThan(motion.poses.length);
    // The key poses as written, and every in-between pose with the targets its two keys share.
    for (const pose of [...motion.poses, ...poses]) {
      const { frames } = solve(motion.skeleton, pose);
      for (const [chainId, target] of Object.entries(pose.reach ?? {})) {
        const on = target.on ? frames.get(target.on) : undefined;
        const wanted = on ? pointOn(on, target.at) : target.at;
        expect(distance(chainEnd(motion.skeleton, pose, chainId), wanted), chainId).toBeLessThan(0.5);
      }
      if (pose.anchor) {
        const frame = frames.get(pose.anchor.on);
        if (!frame) throw new Error(pose.anchor.on);
        expect(distance(pointOn(frame, pose.anchor.at), pose.anchor.to)).toBeLessThan(0.01);
      }
    }
  });

  it.each(drawings)('%s: every joint stays in the picture and above the floor', (_, drawing) => {
    const { motion } = drawing.spec;
    for (const pose of posesOverTime(motion).poses) {
      const { frames } = solve(motion.skeleton, pose);
      for (const bone of motion.skeleton.bones) {
        const frame = frames.get(bone.id);
        if (!frame) throw new Error(bone.id);
        for (const joint of [frame.origin, pointOn(frame, [bone.length, 0])]) {
          expect(joint[0], bone.id).toBeGreaterThan(0);
          expect(joint[0], bone.id).toBeLessThan(160);
          expect(joint[1], bone.id).toBeGreaterThan(0);
          expect(joint[1], bone.id).toBeLessThan(FLOOR);
        }
      }
    }
  });

  it.each(drawings)('%s: SMIL values are well formed and no limb spins round', (_, drawing) => {
    const { motion } = drawing.spec;
    const sampled = sample(motion);
    expect(sampled.times[0]).toBe(0);
    expect(sampled.times[sampled.times.length - 1]).toBeCloseTo(1, 10);
    for (let i = 1; i < sampled.times.length; i++) {
      expect(sampled.times[i]).toBeGreaterThanOrEqual(sampled.times[i - 1] as number);
    }
    expect(sampled.root).toHaveLength(sampled.times.length);
    for (const [id, track] of sampled.bones) {
      expect(track.rotate, id).toHaveLength(sampled.times.length);
      for (let i = 1; i < track.rotate.length; i++) {
        expect(Math.abs((track.rotate[i] as number) - (track.rotate[i - 1] as number)), id).toBeLessThan(60);
      }
    }
  });
});

describe('rig', () => {
  const arm: Skeleton = {
    bones: [
      { id: 'upper', at: 0, length: 10, layer: 'near', shapes: [] },
      { id: 'lower', parent: 'upper', at: 10, length: 8, layer: 'near', shapes: [] },
    ],
    chains: { arm: { upper: 'upper', lower: 'lower', bend: 1 } },
  };

  it('bends a two-bone chain to reach a point, on the side it is told', () => {
    const pose: Pose = { root: [0, 0], angles: { upper: 0, lower: 0 }, reach: { arm: { at: [12, 5] } } };
    expect(distance(chainEnd(arm, pose, 'arm'), [12, 5])).toBeLessThan(1e-6);
    const elbow = solve(arm, pose).frames.get('lower')?.origin as Point;
    // bend +1 turns the upper bone clockwise (in SVG, y down) from the line to the target.
    expect(elbow[1]).toBeGreaterThan((5 / 12) * elbow[0]);
    const other = solve(arm, { ...pose, reach: {} }).frames.get('lower')?.origin as Point;
    expect(other).toEqual([10, 0]);
  });

  it('reaches for a point on another bone and follows it', () => {
    const withKnee: Skeleton = {
      ...arm,
      bones: [...arm.bones, { id: 'knee', at: 6, length: 10, layer: 'near', shapes: [] }],
    };
    for (const kneeAngle of [60, 90, 120]) {
      const pose: Pose = {
        root: [0, 0],
        angles: { upper: 0, lower: 0, knee: kneeAngle },
        reach: { arm: { on: 'knee', at: [8, -1] } },
      };
      const target = pointOn(solve(withKnee, pose).frames.get('knee') as never, [8, -1]);
      expect(distance(chainEnd(withKnee, pose, 'arm'), target)).toBeLessThan(1e-6);
    }
  });

  it('moves the whole figure to keep an anchored point in place', () => {
    const pose: Pose = {
      root: [5, 5],
      angles: { upper: 45, lower: 45 },
      anchor: { on: 'lower', at: [8, 0], to: [30, 40] },
    };
    expect(distance(chainEnd(arm, pose, 'arm'), [30, 40])).toBeLessThan(1e-6);
  });

  it('turns the short way between two angles and carries an unnamed bone along its parent', () => {
    const a: Pose = { root: [0, 0], angles: { upper: 170 } };
    const b: Pose = { root: [0, 0], angles: { upper: -170 } };
    expect(mix(a, b, 0.5).angles.upper).toBeCloseTo(180);
    expect(solve(arm, a).frames.get('lower')?.angle).toBe(170);
  });

  it('draws a closed capsule', () => {
    expect(capsule(0, 10, 3, 2)).toMatch(/^M.*A2 2 0 0 1 .*A3 3 0 1 1 .*Z$/);
  });
});
