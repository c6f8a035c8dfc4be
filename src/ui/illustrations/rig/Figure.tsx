/**
 * Draws a figure from a sampled motion as nested SVG groups, one per bone, each turning about its
 * joint. Moving bones get SMIL `animateTransform`s (no script, so nothing for the extension CSP to
 * refuse, and the same in Chromium and Firefox); a still figure is plain transforms.
 *
 * The figure is drawn layer by layer (far limbs, body, near limbs), each twice: first every shape
 * in the outline colour with a wide stroke, then the fills on top. Overlapping parts of one layer
 * merge into one silhouette, while a near arm still shows its outline against the body.
 */
import type { ComponentChildren, VNode } from 'preact';
import { capsule, type Point } from './geometry.ts';
import { formatNumber, formatPoint, type Motion, type Sampled, type Track } from './motion.ts';
import { type Bone, LAYERS, type Layer, type Shape } from './skeleton.ts';

/** Extra drawing carried by a bone (a ball behind the back), in the bone's frame. */
export interface Attachment {
  on: string;
  layer: Layer;
  node: ComponentChildren;
}

interface Timing {
  keyTimes: string;
  dur: string;
}

function changes<T>(values: readonly T[], format: (v: T) => string): boolean {
  const first = values[0];
  return first !== undefined && values.some((v) => format(v) !== format(first));
}

function Animate({
  type,
  values,
  timing,
  additive,
}: {
  type: string;
  values: string;
  timing: Timing;
  additive?: boolean;
}) {
  return (
    <animateTransform
      attributeName="transform"
      type={type}
      values={values}
      keyTimes={timing.keyTimes}
      dur={timing.dur}
      repeatCount="indefinite"
      {...(additive ? { additive: 'sum' } : {})}
    />
  );
}

function ShapeView({ shape, pass, far }: { shape: Shape; pass: 'line' | 'fill'; far: boolean }) {
  const cls = pass === 'line' ? 'lb-fig-line' : `lb-fig-${shape.tone}${far ? '-far' : ''}`;
  if ('circle' in shape) {
    const [cx, cy, r] = shape.circle;
    return <circle class={cls} cx={cx} cy={cy} r={r} />;
  }
  if ('capsule' in shape) return <path class={cls} d={capsule(...shape.capsule)} />;
  return <path class={cls} d={shape.path} />;
}

interface PassContext {
  motion: Motion;
  sampled: Sampled;
  timing: Timing | null;
  layer: Layer;
  pass: 'line' | 'fill';
  attachments: readonly Attachment[];
  children: Map<string, Bone[]>;
}

function layerOf(ctx: PassContext, bone: Bone): Layer {
  return ctx.motion.layers?.[bone.id] ?? bone.layer;
}

function boneTransform(track: Track, timing: Timing | null): { base: string; animations: VNode[] } {
  const animations: VNode[] = [];
  const [attach, rotate] = [track.attach[0] as Point, track.rotate[0] as number];
  const attachMoves = timing !== null && changes(track.attach, formatPoint);
  const rotateMoves = timing !== null && changes(track.rotate, formatNumber);
  let base = attachMoves ? '' : `translate(${formatPoint(attach)})`;
  if (attachMoves && timing) {
    animations.push(<Animate type="translate" values={track.attach.map(formatPoint).join(';')} timing={timing} />);
  }
  if ((rotateMoves || attachMoves) && timing) {
    // Added to the joint's translation, so the bone turns about its own joint.
    animations.push(
      <Animate type="rotate" values={track.rotate.map(formatNumber).join(';')} timing={timing} additive />,
    );
  } else if (formatNumber(rotate) !== '0') {
    base += ` rotate(${formatNumber(rotate)})`;
  }
  return { base: base.trim(), animations };
}

function scaled(track: Track, timing: Timing | null, shapes: VNode[]): VNode | VNode[] {
  const first = track.scale[0] as Point;
  const moves = timing !== null && changes(track.scale, formatPoint);
  if (moves && timing) {
    return (
      <g>
        <Animate type="scale" values={track.scale.map(formatPoint).join(';')} timing={timing} />
        {shapes}
      </g>
    );
  }
  return formatPoint(first) === '1 1' ? shapes : <g transform={`scale(${formatPoint(first)})`}>{shapes}</g>;
}

function renderBone(bone: Bone, ctx: PassContext): VNode | null {
  const kids = (ctx.children.get(bone.id) ?? []).map((child) => renderBone(child, ctx)).filter((v) => v !== null);
  const own = layerOf(ctx, bone) === ctx.layer;
  const carried = ctx.pass === 'fill' ? ctx.attachments.filter((a) => a.on === bone.id && a.layer === ctx.layer) : [];
  if (!own && carried.length === 0 && !hasLayer(bone, ctx)) return null;
  const track = ctx.sampled.bones.get(bone.id) as Track;
  const { base, animations } = boneTransform(track, ctx.timing);
  const shapes = own
    ? bone.shapes.map((shape, i) => <ShapeView key={i} shape={shape} pass={ctx.pass} far={bone.far === true} />)
    : [];
  return (
    <g key={bone.id} {...(base ? { transform: base } : {})}>
      {animations}
      {shapes.length > 0 ? scaled(track, ctx.timing, shapes) : null}
      {carried.map((a) => a.node)}
      {kids}
    </g>
  );
}

/** Whether anything below this bone is drawn in the current layer. */
function hasLayer(bone: Bone, ctx: PassContext): boolean {
  return (ctx.children.get(bone.id) ?? []).some(
    (child) =>
      layerOf(ctx, child) === ctx.layer ||
      (ctx.pass === 'fill' && ctx.attachments.some((a) => a.on === child.id && a.layer === ctx.layer)) ||
      hasLayer(child, ctx),
  );
}

export interface FigureProps {
  motion: Motion;
  sampled: Sampled;
  /** Play the sampled values as a loop; otherwise draw the first sample. */
  animate: boolean;
  attachments?: readonly Attachment[];
}

export function Figure({ motion, sampled, animate, attachments = [] }: FigureProps) {
  const timing: Timing | null =
    animate && sampled.times.length > 1
      ? {
          keyTimes: sampled.times.map((t) => String(Math.round(t * 10000) / 10000)).join(';'),
          dur: `${motion.seconds}s`,
        }
      : null;
  const children = new Map<string, Bone[]>();
  const roots: Bone[] = [];
  for (const bone of motion.skeleton.bones) {
    if (bone.parent) children.set(bone.parent, [...(children.get(bone.parent) ?? []), bone]);
    else roots.push(bone);
  }
  const rootMoves = timing !== null && changes(sampled.root, formatPoint);
  const passes: VNode[] = [];
  for (const layer of LAYERS) {
    for (const pass of ['line', 'fill'] as const) {
      const ctx: PassContext = { motion, sampled, timing, layer, pass, attachments, children };
      const drawn = roots.map((bone) => renderBone(bone, ctx)).filter((v) => v !== null);
      if (drawn.length === 0) continue;
      passes.push(
        <g
          key={`${layer}-${pass}`}
          {...(rootMoves ? {} : { transform: `translate(${formatPoint(sampled.root[0] as Point)})` })}
        >
          {rootMoves && timing ? (
            <Animate type="translate" values={sampled.root.map(formatPoint).join(';')} timing={timing} />
          ) : null}
          {drawn}
        </g>,
      );
    }
  }
  return <g class="lb-fig">{passes}</g>;
}
