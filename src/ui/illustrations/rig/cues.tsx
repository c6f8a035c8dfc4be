/**
 * Movement cues: arrows in the accent colour that say which way a body part goes. Arrowheads are
 * computed from the direction of travel, so an arc's head always lies along the arc.
 */
import { add, type Point, polar, round } from './geometry.ts';

const HEAD = 3.2;

function head(tip: Point, direction: number): string {
  const a = add(tip, polar(direction + 180 - 32, HEAD));
  const b = add(tip, polar(direction + 180 + 32, HEAD));
  return `M${round(a[0])} ${round(a[1])}L${round(tip[0])} ${round(tip[1])}L${round(b[0])} ${round(b[1])}`;
}

const pt = (p: Point) => `${round(p[0])} ${round(p[1])}`;

/** An arc round (cx, cy) from one angle to another (degrees, clockwise positive), with heads. */
export function arcArrow(center: Point, r: number, from: number, to: number, both = false): string {
  const start = add(center, polar(from, r));
  const end = add(center, polar(to, r));
  const clockwise = to > from;
  const large = Math.abs(to - from) > 180 ? 1 : 0;
  const arc = `M${pt(start)}A${r} ${r} 0 ${large} ${clockwise ? 1 : 0} ${pt(end)}`;
  const tangentEnd = to + (clockwise ? 90 : -90);
  const tangentStart = from + (clockwise ? -90 : 90);
  return arc + head(end, tangentEnd) + (both ? head(start, tangentStart) : '');
}

/**
 * Part of an ellipse round `center` (radii rx, ry) between two parametric angles, with heads; for a
 * turn seen at a slant, like a twist of the body.
 */
export function ellipseArrow(center: Point, rx: number, ry: number, from: number, to: number, both = false): string {
  const at = (a: number): Point =>
    add(center, [Math.cos((a * Math.PI) / 180) * rx, Math.sin((a * Math.PI) / 180) * ry]);
  const clockwise = to > from;
  const tangent = (a: number, forwards: boolean) => {
    const r = (a * Math.PI) / 180;
    const sign = forwards === clockwise ? 1 : -1;
    return (Math.atan2(Math.cos(r) * ry * sign, -Math.sin(r) * rx * sign) * 180) / Math.PI;
  };
  const large = Math.abs(to - from) > 180 ? 1 : 0;
  const arc = `M${pt(at(from))}A${rx} ${ry} 0 ${large} ${clockwise ? 1 : 0} ${pt(at(to))}`;
  return arc + head(at(to), tangent(to, true)) + (both ? head(at(from), tangent(from, false)) : '');
}

/** A straight arrow from `from` to `to`, with a head at the end (and the start when `both`). */
export function lineArrow(from: Point, to: Point, both = false): string {
  const direction = (Math.atan2(to[1] - from[1], to[0] - from[0]) * 180) / Math.PI;
  return `M${pt(from)}L${pt(to)}${head(to, direction)}${both ? head(from, direction + 180) : ''}`;
}

export function Cue({ d }: { d: string }) {
  return <path class="lb-cue" d={d} />;
}
