/** Small 2D helpers shared by the rig. Angles are degrees, 0 = +x, 90 = +y (down, as in SVG). */

export type Point = readonly [number, number];

const RAD = Math.PI / 180;

export function polar(angle: number, length: number): Point {
  return [Math.cos(angle * RAD) * length, Math.sin(angle * RAD) * length];
}

export function add(a: Point, b: Point): Point {
  return [a[0] + b[0], a[1] + b[1]];
}

export function rotate(p: Point, angle: number): Point {
  const c = Math.cos(angle * RAD);
  const s = Math.sin(angle * RAD);
  return [p[0] * c - p[1] * s, p[0] * s + p[1] * c];
}

export function angleOf(from: Point, to: Point): number {
  return Math.atan2(to[1] - from[1], to[0] - from[0]) / RAD;
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

export function lerp(a: number, b: number, u: number): number {
  return a + (b - a) * u;
}

export function lerpPoint(a: Point, b: Point, u: number): Point {
  return [lerp(a[0], b[0], u), lerp(a[1], b[1], u)];
}

/** The same angle moved into (-180, 180]. */
export function wrap(angle: number): number {
  const a = ((angle % 360) + 360) % 360;
  return a > 180 ? a - 360 : a;
}

/** One decimal is finer than a device pixel at every size we draw; it keeps the markup short. */
export function round(n: number): number {
  const r = Math.round(n * 10) / 10;
  return r === 0 ? 0 : r;
}

/**
 * A tapered capsule along the x axis from (x0, 0), radius r0, to (x1, 0), radius r1: two circles
 * joined by their outer tangents. Every limb and torso segment is one of these.
 */
export function capsule(x0: number, x1: number, r0: number, r1: number): string {
  const d = x1 - x0;
  const theta = Math.acos(Math.max(-1, Math.min(1, (r0 - r1) / d)));
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  const p = (x: number, y: number) => `${round(x)} ${round(y)}`;
  const endLarge = theta > Math.PI / 2 ? 1 : 0;
  const startLarge = 1 - endLarge;
  return (
    `M${p(x0 + r0 * c, -r0 * s)}L${p(x1 + r1 * c, -r1 * s)}` +
    `A${round(r1)} ${round(r1)} 0 ${endLarge} 1 ${p(x1 + r1 * c, r1 * s)}` +
    `L${p(x0 + r0 * c, r0 * s)}` +
    `A${round(r0)} ${round(r0)} 0 ${startLarge} 1 ${p(x0 + r0 * c, -r0 * s)}Z`
  );
}
