/**
 * Shared pieces of the stick-figure illustrations. Strokes use currentColor so a drawing follows
 * the surrounding text colour in light and dark themes; motion hints use the accent colour via CSS.
 */
import type { ComponentChildren } from 'preact';

/** 120 x 90 user units; CSS gives the box a fixed aspect ratio so loading never shifts layout. */
export function Frame({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <svg
      class="lb-illus"
      viewBox="0 0 120 90"
      role="img"
      aria-label={label}
      fill="none"
      stroke="currentColor"
      stroke-width="3"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {children}
    </svg>
  );
}

export function Floor() {
  return <path class="lb-illus-ground" d="M6 82h108" stroke-width="2" />;
}

export function Head({ x, y }: { x: number; y: number }) {
  return <circle cx={x} cy={y} r="6" />;
}

/** Side view of a chair facing left, backrest on the right. */
export function Chair() {
  return <path class="lb-illus-prop" d="M82 28v54M50 57h32M52 57v25" stroke-width="2.5" />;
}

/** A movement hint: the path plus a hand-placed arrowhead, drawn in the accent colour. */
export function Motion({ d }: { d: string }) {
  return <path class="lb-illus-motion" d={d} stroke-width="2" />;
}

/** A faded alternative position (where the body moves to). */
export function Ghost({ d }: { d: string }) {
  return <path class="lb-illus-ghost" d={d} stroke-dasharray="4 4" />;
}
