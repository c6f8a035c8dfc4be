import { describe, expect, it } from 'vitest';
import { STRETCHES } from '../../src/core/content/stretches.ts';
import type { Stretch, StretchPlace } from '../../src/core/content/types.ts';
import { deskFirst } from '../../src/ui/sections/stretchOrder.ts';

const fake = (id: string, places: StretchPlace[]) => ({ id, places }) as unknown as Stretch;

describe('deskFirst', () => {
  it('puts desk stretches first, then standing, then floor, keeping the order within each group', () => {
    const list = [
      fake('floorA', ['floor']),
      fake('standA', ['standing']),
      fake('deskA', ['desk']),
      fake('both', ['standing', 'floor']),
      fake('deskB', ['desk', 'standing']),
      fake('floorB', ['floor']),
    ];
    expect(deskFirst(list).map((s) => s.id)).toEqual(['deskA', 'deskB', 'standA', 'both', 'floorA', 'floorB']);
  });

  it('orders the real content so that no floor-only stretch comes before a desk stretch', () => {
    const ordered = deskFirst(STRETCHES);
    expect(ordered).toHaveLength(STRETCHES.length);
    const lastDesk = ordered.findLastIndex((s) => s.places.includes('desk'));
    const firstFloorOnly = ordered.findIndex((s) => s.places.every((p) => p === 'floor'));
    expect(lastDesk).toBeGreaterThanOrEqual(0);
    expect(firstFloorOnly).toBeGreaterThan(lastDesk);
    expect(ordered[0]?.places).toContain('desk');
  });

  it('does not change the list it is given', () => {
    const before = STRETCHES.map((s) => s.id);
    deskFirst(STRETCHES);
    expect(STRETCHES.map((s) => s.id)).toEqual(before);
  });
});
