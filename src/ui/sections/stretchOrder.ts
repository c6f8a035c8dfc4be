/**
 * The order of the Stretches list: what can be done at the desk first (that is where people are when
 * they open it), then standing, then on the floor. Within a group the content's own order stays.
 */
import type { Stretch, StretchPlace } from '../../core/content/types.ts';

const RANK: Record<StretchPlace, number> = { desk: 0, standing: 1, floor: 2 };

function rank(stretch: Stretch): number {
  return Math.min(...stretch.places.map((place) => RANK[place]));
}

export function deskFirst(stretches: readonly Stretch[]): Stretch[] {
  return stretches
    .map((stretch, index) => ({ stretch, index }))
    .sort((a, b) => rank(a.stretch) - rank(b.stretch) || a.index - b.index)
    .map((entry) => entry.stretch);
}
