/**
 * One stretch illustration: scenery, the animated figure and its movement cues in a 160 x 120
 * frame. `illustration(spec)` turns a stretch's data into the component the registry lists.
 */
import type { ComponentChildren, FunctionComponent } from 'preact';
import { t } from '../i18n.ts';
import { type Attachment, Figure } from './rig/Figure.tsx';
import { FlatFigure } from './rig/FlatFigure.tsx';
import { type Motion, type Sampled, sample, still as stillOf } from './rig/motion.ts';
import { pointOn, solve } from './rig/pose.ts';
import { FLOOR } from './scene.tsx';

/** An arrow or mark shown throughout, or only during parts of the loop (fractions 0 to 1). */
export interface CueSpec {
  node: ComponentChildren;
  during?: readonly (readonly [number, number])[];
  /** Shown in the still picture (default: yes). */
  still?: boolean;
}

export interface IllustrationSpec {
  /** Locale key of the accessible description. */
  label: string;
  /**
   * The part of the 160 x 120 picture to show: left, top and width (the height follows from the
   * 4:3 box). Lying and sitting figures are framed closer than standing ones.
   */
  view?: readonly [x: number, y: number, width: number];
  motion: Motion;
  /** Scenery drawn behind the figure (floor, mat, chair, wall). */
  behind?: ComponentChildren;
  /** Scenery drawn over the figure (the chair's front legs). */
  over?: ComponentChildren;
  attachments?: readonly Attachment[];
  cues?: readonly CueSpec[];
}

export interface DrawingProps {
  /** Draw the still key pose (reduced motion, thumbnails). */
  still?: boolean;
  /** A thumbnail beside the stretch's name: framed close, without cues, hidden from assistive technology. */
  decorative?: boolean;
}

/** The component, carrying its spec so tests and the gallery can inspect the poses. */
export type Drawing = FunctionComponent<DrawingProps> & { spec: IllustrationSpec };

function CueView({ cue, seconds }: { cue: CueSpec; seconds: number | null }) {
  if (!cue.during || seconds === null) return <g>{cue.node}</g>;
  const times: number[] = [0];
  const values: number[] = [0];
  for (const [from, to] of cue.during) {
    times.push(from, to);
    values.push(1, 0);
  }
  // A window starting at 0 replaces the initial hidden value.
  if (times[1] === 0) {
    times.splice(0, 1);
    values.splice(0, 1);
  }
  const last = times[times.length - 1];
  if (last !== undefined && last >= 1) {
    times.pop();
    values.pop();
  }
  return (
    <g opacity={values[0]}>
      <animate
        attributeName="opacity"
        values={values.join(';')}
        keyTimes={times.join(';')}
        calcMode="discrete"
        dur={`${seconds}s`}
        repeatCount="indefinite"
      />
      {cue.node}
    </g>
  );
}

function viewBox(view: IllustrationSpec['view'] = [0, 0, 160]): string {
  const [x, y, width] = view;
  return `${x} ${y} ${width} ${(width * 3) / 4}`;
}

/** Room round the joints for the limbs' thickness and the head. */
const THUMB_MARGIN = 10;

/**
 * A thumbnail is a few dozen pixels wide: it frames the figure in its still pose closely (4:3),
 * so the pose stays recognisable beside the stretch's name.
 */
function thumbnailView(motion: Motion): readonly [number, number, number] {
  const pose = motion.poses[motion.still];
  if (!pose) return [0, 0, 160];
  const xs: number[] = [];
  const ys: number[] = [];
  const { frames } = solve(motion.skeleton, pose);
  for (const bone of motion.skeleton.bones) {
    const frame = frames.get(bone.id);
    if (!frame) continue;
    for (const [x, y] of [frame.origin, pointOn(frame, [bone.length, 0])]) {
      xs.push(x);
      ys.push(y);
    }
  }
  const [left, right] = [Math.min(...xs) - THUMB_MARGIN, Math.max(...xs) + THUMB_MARGIN];
  const [top, bottom] = [Math.min(...ys) - THUMB_MARGIN, Math.max(...ys) + THUMB_MARGIN];
  const width = Math.max(right - left, ((bottom - top) * 4) / 3);
  const height = (width * 3) / 4;
  // Stand the figure on the floor at the bottom of the frame rather than float it in the middle.
  const y = Math.min(top, Math.max(bottom - height, FLOOR + 4 - height));
  return [(left + right - width) / 2, y, width];
}

export function illustration(spec: IllustrationSpec): Drawing {
  let moving: Sampled | undefined;
  let resting: Sampled | undefined;
  let thumb: readonly [number, number, number] | undefined;
  function StretchDrawing({ still = false, decorative = false }: DrawingProps) {
    if (decorative) {
      thumb ??= thumbnailView(spec.motion);
      return (
        <svg class="lb-illus" viewBox={viewBox(thumb)} aria-hidden="true" focusable="false">
          <g class="lb-scene">{spec.behind}</g>
          <FlatFigure motion={spec.motion} attachments={spec.attachments ?? []} />
          {spec.over ? <g class="lb-scene">{spec.over}</g> : null}
        </svg>
      );
    }
    if (still) resting ??= stillOf(spec.motion);
    else moving ??= sample(spec.motion);
    const sampled = (still ? resting : moving) as Sampled;
    const cues = (spec.cues ?? []).filter((c) => !still || c.still !== false);
    return (
      <svg
        class="lb-illus"
        viewBox={viewBox(spec.view)}
        role="img"
        aria-label={t(spec.label)}
        focusable="false"
        data-loop={still ? undefined : spec.motion.seconds}
      >
        <g class="lb-scene">{spec.behind}</g>
        <Figure motion={spec.motion} sampled={sampled} animate={!still} attachments={spec.attachments ?? []} />
        {spec.over ? <g class="lb-scene">{spec.over}</g> : null}
        {cues.map((cue, i) => (
          <CueView key={i} cue={cue} seconds={still ? null : spec.motion.seconds} />
        ))}
      </svg>
    );
  }
  return Object.assign(StretchDrawing, { spec });
}
