import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STRETCHES } from '../../src/core/content/stretches.ts';
import type { Stretch, StretchPlace } from '../../src/core/content/types.ts';
import { atWork, pickRoutine, routineSeconds } from '../../src/core/routine.ts';

const ids = (r: readonly Stretch[]) => r.map((s) => s.id);

function fake(id: string, durationSec: number, places: StretchPlace[]): Stretch {
  return {
    id: id as Stretch['id'],
    titleKey: `${id}_title`,
    stepsKeys: [],
    cautionKey: `${id}_caution`,
    durationSec,
    places,
    illustration: id as Stretch['id'],
    use: 'loosen',
    notDuringSpasm: false,
    seedFacts: [],
    sources: [],
    howTo: { id: 'howTo', name: 'How-to page', url: 'https://example.org/' },
  };
}

describe('pickRoutine with the real library', () => {
  it('fits a 2-minute break with desk or standing moves only', () => {
    const routine = pickRoutine(STRETCHES, 120, [], 1);
    expect(routine.length).toBeGreaterThan(0);
    expect(routineSeconds(routine)).toBeLessThanOrEqual(120);
    expect(routine.every(atWork)).toBe(true);
  });

  it('is repeatable for a seed and varies with the seed', () => {
    expect(ids(pickRoutine(STRETCHES, 300, [], 42))).toEqual(ids(pickRoutine(STRETCHES, 300, [], 42)));
    const seen = new Set(Array.from({ length: 20 }, (_, seed) => ids(pickRoutine(STRETCHES, 120, [], seed)).join()));
    expect(seen.size).toBeGreaterThan(1);
  });

  it('differs from the previous routine, break after break', () => {
    let last: string[] = [];
    for (let seed = 0; seed < 50; seed++) {
      const next = ids(pickRoutine(STRETCHES, 120, last, seed));
      expect(next).not.toEqual(last);
      // A fresh move leads, so the first stretch is never the one the last routine started with.
      if (last.length > 0) expect(next[0]).not.toBe(last[0]);
      last = next;
    }
  });

  it('fills a one-minute break', () => {
    const routine = pickRoutine(STRETCHES, 60, [], 7);
    expect(routineSeconds(routine)).toBeLessThanOrEqual(60);
    expect(routine.length).toBeGreaterThan(0);
  });
});

describe('pickRoutine edge cases', () => {
  it('uses floor moves only when no desk or standing move fits', () => {
    const library = [fake('a', 50, ['floor']), fake('b', 200, ['desk'])];
    expect(ids(pickRoutine(library, 60, [], 1))).toEqual(['a']);
    expect(ids(pickRoutine([...library, fake('c', 40, ['standing'])], 60, [], 1))).toEqual(['c']);
  });

  it('returns the shortest move alone when nothing fits', () => {
    const library = [fake('a', 90, ['desk']), fake('b', 70, ['floor']), fake('c', 70, ['desk'])];
    expect(ids(pickRoutine(library, 30, [], 1))).toEqual(['c']);
  });

  it('returns nothing only for an empty library', () => {
    expect(pickRoutine([], 120, [], 1)).toEqual([]);
  });

  it('starts a forced repeat with another move so even a tiny library rotates', () => {
    const library = [fake('a', 30, ['desk']), fake('b', 30, ['desk']), fake('c', 30, ['desk'])];
    let last = ids(pickRoutine(library, 90, [], 3));
    for (let seed = 0; seed < 20; seed++) {
      const next = ids(pickRoutine(library, 90, last, seed));
      expect([...next].sort()).toEqual(['a', 'b', 'c']);
      expect(next[0]).not.toBe(last[0]);
      last = next;
    }
  });

  it('ignores duplicate ids and zero-length entries', () => {
    const library = [fake('a', 30, ['desk']), fake('a', 30, ['desk']), fake('z', 0, ['desk'])];
    expect(ids(pickRoutine(library, 120, [], 1))).toEqual(['a']);
  });

  it('treats a non-finite break length as "nothing fits"', () => {
    expect(ids(pickRoutine([fake('a', 30, ['desk'])], Number.NaN, [], 1))).toEqual(['a']);
  });
});

describe('pickRoutine properties', () => {
  const place = fc.constantFrom<StretchPlace>('desk', 'standing', 'floor');
  const library = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      durationSec: fc.integer({ min: 10, max: 400 }),
      places: fc.uniqueArray(place, { minLength: 1, maxLength: 3 }),
    }),
    { selector: (s) => s.id, minLength: 1, maxLength: 15 },
  );

  it('never exceeds the break when something fits, never repeats, never empty, never prefers the floor', () => {
    fc.assert(
      fc.property(
        library,
        fc.integer({ min: 60, max: 1800 }),
        fc.array(fc.string()),
        fc.integer(),
        (specs, length, last, seed) => {
          const stretches = specs.map((s) => fake(s.id, s.durationSec, s.places));
          const routine = pickRoutine(stretches, length, last, seed);
          expect(routine.length).toBeGreaterThan(0);
          expect(new Set(ids(routine)).size).toBe(routine.length);
          const fits = stretches.filter((s) => s.durationSec <= length);
          if (fits.length > 0) expect(routineSeconds(routine)).toBeLessThanOrEqual(length);
          if (fits.some(atWork)) expect(routine.every(atWork)).toBe(true);
        },
      ),
    );
  });

  it('differs from the last routine whenever another choice exists', () => {
    fc.assert(
      fc.property(library, fc.integer({ min: 60, max: 600 }), fc.integer(), fc.integer(), (specs, length, s1, s2) => {
        const stretches = specs.map((s) => fake(s.id, s.durationSec, s.places));
        const first = ids(pickRoutine(stretches, length, [], s1));
        const second = ids(pickRoutine(stretches, length, first, s2));
        const fits = stretches.filter((s) => s.durationSec <= length);
        const pool = fits.some(atWork) ? fits.filter(atWork) : fits;
        if (pool.length >= 2) expect(second).not.toEqual(first);
      }),
    );
  });
});
