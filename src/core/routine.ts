/**
 * Picks the guided break's routine: stretches whose durations add up to no more than the break,
 * desk and standing moves first (a break at work should not need the office floor), and rotated so
 * the routine differs from the previous one. Pure: the seed makes the shuffle repeatable in tests.
 */
import type { Stretch } from './content/types.ts';

/** mulberry32: a tiny seeded PRNG, plenty for shuffling a dozen stretches. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Desk or standing: doable in office clothes, without lying down. */
export const atWork = (s: Stretch): boolean => s.places.includes('desk') || s.places.includes('standing');

/** Fills the time greedily in the given order, skipping moves that no longer fit. */
function fill(order: readonly Stretch[], budgetSec: number): Stretch[] {
  const chosen: Stretch[] = [];
  let left = budgetSec;
  for (const s of order) {
    if (s.durationSec <= left) {
      chosen.push(s);
      left -= s.durationSec;
    }
  }
  return chosen;
}

/**
 * A routine for a break of `breakLengthSec`: never empty (if nothing fits, the shortest move alone),
 * never repeating a stretch, and different from `lastRoutineIds` whenever another choice fits.
 */
export function pickRoutine(
  stretches: readonly Stretch[],
  breakLengthSec: number,
  lastRoutineIds: readonly string[],
  seed: number,
): Stretch[] {
  const unique = stretches.filter((s, i) => stretches.findIndex((o) => o.id === s.id) === i && s.durationSec > 0);
  if (unique.length === 0) return [];
  const budget = Number.isFinite(breakLengthSec) ? breakLengthSec : 0;
  const fits = unique.filter((s) => s.durationSec <= budget);
  if (fits.length === 0) {
    const shortest = [...unique].sort((a, b) => a.durationSec - b.durationSec || Number(atWork(b)) - Number(atWork(a)));
    return [shortest[0] as Stretch];
  }
  // Floor moves only when no desk or standing move fits at all.
  const pool = fits.some(atWork) ? fits.filter(atWork) : fits;
  const next = random(seed);
  const last = new Set(lastRoutineIds);
  // Moves from the last routine go to the back, so a fresh one leads and the routine rotates.
  const fresh = shuffled(
    pool.filter((s) => !last.has(s.id)),
    next,
  );
  const repeat = shuffled(
    pool.filter((s) => last.has(s.id)),
    next,
  );
  const routine = fill([...fresh, ...repeat], budget);
  // Only repeats fit (a small library, or a long break that takes every move): at least start with
  // a different stretch than last time, which also makes the sequence differ.
  if (routine.length > 1 && routine[0]?.id === lastRoutineIds[0]) routine.push(routine.shift() as Stretch);
  return routine;
}

export const routineSeconds = (routine: readonly Stretch[]): number =>
  routine.reduce((sum, s) => sum + s.durationSec, 0);
