/**
 * Scenery shared by the illustrations, all in picture units (160 x 120, floor at y = FLOOR).
 * Flat shapes in muted scene colours, so the figure and the accent-coloured cues stand out.
 */

export const FLOOR = 110;

/** Framing (see IllustrationSpec.view): a seated figure, a figure lying on the floor. */
export const SEATED_VIEW = [18, 28, 120] as const;
export const LYING_VIEW = [18, 32, 124] as const;

export function Floor() {
  return <path class="lb-scene-floor" d={`M6 ${FLOOR}H154`} />;
}

/** An exercise mat lying on the floor, seen from the side. */
export function Mat({ from, to }: { from: number; to: number }) {
  return <rect class="lb-scene-mat" x={from} y={FLOOR - 3} width={to - from} height={3} rx={1.5} />;
}

/**
 * A four-legged chair seen from the side, backrest on the left (the sitter faces right). No wheels:
 * the desk stretches ask for a chair that stays put.
 */
export function Chair({ back, front, seat }: { back: number; front: number; seat: number }) {
  const legW = 2.6;
  return (
    <g class="lb-scene-chair">
      <rect x={back - 1} y={seat - 33} width={4.2} height={34} rx={2.1} transform={`rotate(-6 ${back + 1} ${seat})`} />
      <rect x={back - 1} y={seat} width={front - back + 2} height={4} rx={2} />
      <rect x={back + 1} y={seat + 2} width={legW} height={FLOOR - seat - 2} rx={1.3} />
      <rect x={front - legW - 1} y={seat + 2} width={legW} height={FLOOR - seat - 2} rx={1.3} />
    </g>
  );
}

/** A wall on the left, from the floor up and out of the picture. */
export function Wall({ x }: { x: number }) {
  return <rect class="lb-scene-wall" x={-40} y={-40} width={x + 40} height={FLOOR + 40} />;
}

/** Where the seated stretches put the chair, and the sitter's hips on it. */
export const SEAT = { back: 38, front: 76, top: 89.5 } as const;
export const SEATED_HIPS = { x: 64, y: 83 } as const;

export function DeskChair() {
  return <Chair back={SEAT.back} front={SEAT.front} seat={SEAT.top} />;
}

/** Floor stretches: a mat on the floor, the body lying on it. */
export const MAT_TOP = FLOOR - 3;

export function FloorWithMat() {
  return (
    <>
      <Floor />
      <Mat from={14} to={146} />
    </>
  );
}

/** The chair seen from the front, for the twist: seat, legs and the backrest showing either side. */
export function ChairFront({ x, seat }: { x: number; seat: number }) {
  return (
    <g class="lb-scene-chair">
      <rect x={x - 15} y={seat - 36} width={30} height={30} rx={4} />
      <rect x={x - 19} y={seat} width={38} height={4.5} rx={2} />
      <rect x={x - 17} y={seat + 3} width={2.8} height={FLOOR - seat - 3} rx={1.4} />
      <rect x={x + 14.2} y={seat + 3} width={2.8} height={FLOOR - seat - 3} rx={1.4} />
    </g>
  );
}

/** A mat seen from above, for the one stretch drawn from overhead. */
export function MatFromAbove() {
  return <rect class="lb-scene-mat" x={12} y={14} width={136} height={92} rx={6} />;
}
