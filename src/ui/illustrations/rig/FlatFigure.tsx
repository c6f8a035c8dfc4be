/**
 * A figure for thumbnails: the still pose in one pass, each shape carrying its own transform and
 * its own outline (paint-order: stroke). At thumbnail size the seams this leaves at the joints are
 * invisible, and the drawing needs about a third of the elements of the layered Figure, which
 * matters in a list of many (screen readers and checkers walk every node, even hidden ones).
 */
import type { Attachment } from './Figure.tsx';
import { capsule } from './geometry.ts';
import type { Motion } from './motion.ts';
import { type Frame, solve } from './pose.ts';
import { LAYERS, type Shape } from './skeleton.ts';

function matrix(frame: Frame): string {
  const r = (frame.angle * Math.PI) / 180;
  const [sx, sy] = frame.scale;
  const values = [
    Math.cos(r) * sx,
    Math.sin(r) * sx,
    -Math.sin(r) * sy,
    Math.cos(r) * sy,
    frame.origin[0],
    frame.origin[1],
  ];
  // Two decimals: the rotation part needs more than the one used for coordinates.
  return `matrix(${values.map((v) => Math.round(v * 100) / 100).join(' ')})`;
}

function shapeElement(shape: Shape, cls: string, transform: string, key: string) {
  if ('circle' in shape) {
    const [cx, cy, r] = shape.circle;
    return <circle key={key} class={cls} transform={transform} cx={cx} cy={cy} r={r} />;
  }
  const d = 'capsule' in shape ? capsule(...shape.capsule) : shape.path;
  return <path key={key} class={cls} transform={transform} d={d} />;
}

export function FlatFigure({ motion, attachments }: { motion: Motion; attachments: readonly Attachment[] }) {
  const pose = motion.poses[motion.still];
  if (!pose) return null;
  const { frames } = solve(motion.skeleton, pose);
  const shapes = LAYERS.flatMap((layer) =>
    motion.skeleton.bones
      .filter((bone) => (motion.layers?.[bone.id] ?? bone.layer) === layer)
      .flatMap((bone) => {
        const frame = frames.get(bone.id);
        if (!frame) return [];
        const transform = matrix(frame);
        const carried = attachments
          .filter((a) => a.on === bone.id && a.layer === layer)
          .map((a, i) => (
            <g key={`${bone.id}+${i}`} transform={transform}>
              {a.node}
            </g>
          ));
        return [
          ...carried,
          ...bone.shapes.map((shape, i) =>
            shapeElement(
              shape,
              `lb-fig-edged lb-fig-${shape.tone}${bone.far ? '-far' : ''}`,
              transform,
              `${bone.id}${i}`,
            ),
          ),
        ];
      }),
  );
  return <g class="lb-fig">{shapes}</g>;
}
