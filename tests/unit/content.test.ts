import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../src/core/content/causes.ts';
import { CHECKLIST } from '../../src/core/content/checklist.ts';
import { RED_FLAGS, redFlagsByUrgency } from '../../src/core/content/redFlags.ts';
import { RELIEF_TIPS } from '../../src/core/content/relief.ts';
import { findStretch, STRETCHES } from '../../src/core/content/stretches.ts';
import type { ContentSource, SeedSection } from '../../src/core/content/types.ts';

const SEED_SECTIONS: SeedSection[] = [
  'Quick Relief for Immediate Spasms',
  'Preventing Future Back Spasms',
  'Why Back Spasms Occur',
  'When Medical Help is Needed',
];

const COLLECTIONS = {
  checklist: CHECKLIST,
  stretches: STRETCHES,
  relief: RELIEF_TIPS,
  redFlags: RED_FLAGS,
  causes: CAUSES,
} as const;

function expectValidSource(source: ContentSource | undefined) {
  expect(source).toBeDefined();
  if (source?.kind === 'seed') {
    expect(SEED_SECTIONS).toContain(source.section);
  } else {
    expect(source?.name.trim().length).toBeGreaterThan(3);
    expect(source?.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
  }
}

describe.each(Object.entries(COLLECTIONS))('%s', (_name, items) => {
  it('has items with unique, key-safe ids', () => {
    expect(items.length).toBeGreaterThan(0);
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9]+$/);
  });

  it('gives every item a valid source', () => {
    for (const item of items) expectValidSource(item.source);
  });
});

describe('checklist', () => {
  it('covers every set-up point the seed names', () => {
    const ids = CHECKLIST.map((i) => i.id);
    for (const id of ['lumbarSupport', 'feetFlat', 'screenEyeLevel', 'goodPosture', 'waterAtHand', 'breakEvery30']) {
      expect(ids).toContain(id);
      expect(CHECKLIST.find((i) => i.id === id)?.source).toEqual({
        kind: 'seed',
        section: 'Preventing Future Back Spasms',
      });
    }
  });

  it('adds mainstream points from a named guideline', () => {
    const extra = CHECKLIST.filter((i) => i.source.kind === 'guideline').map((i) => i.id);
    expect(extra).toEqual(
      expect.arrayContaining(['keyboardElbowHeight', 'screenArmLength', 'noGlare', 'kneesLevelWithHips']),
    );
  });
});

describe('stretches', () => {
  it('includes every move the seed names, sourced to its seed section', () => {
    const relief = ['kneeRolls', 'walking', 'tennisBall'];
    const prevention = ['pelvicTilt', 'birdDog', 'bridge'];
    for (const id of relief) expect(findStretch(id)?.source).toEqual({ kind: 'seed', section: SEED_SECTIONS[0] });
    for (const id of prevention) expect(findStretch(id)?.source).toEqual({ kind: 'seed', section: SEED_SECTIONS[1] });
  });

  it('offers at least six desk-friendly variants sourced to a named guideline', () => {
    const variants = STRETCHES.filter(
      (s) => s.source.kind === 'guideline' && (s.places.includes('desk') || s.places.includes('standing')),
    );
    expect(variants.length).toBeGreaterThanOrEqual(6);
    expect(variants.filter((s) => s.places.includes('desk')).length).toBeGreaterThanOrEqual(6);
  });

  it('gives each stretch steps, a caution, a duration, places and its own illustration', () => {
    const illustrations = new Set<string>();
    for (const s of STRETCHES) {
      expect(s.stepsKeys.length).toBeGreaterThanOrEqual(2);
      expect(s.cautionKey).toMatch(/_caution$/);
      expect(Number.isInteger(s.durationSec) && s.durationSec >= 15 && s.durationSec <= 600).toBe(true);
      expect(s.places.length).toBeGreaterThan(0);
      expect(new Set(s.places).size).toBe(s.places.length);
      illustrations.add(s.illustration);
      if (s.howToSource) expectValidSource(s.howToSource);
    }
    expect(illustrations.size).toBe(STRETCHES.length);
  });

  it('marks floor-only moves as floor and the tennis ball as wall or floor', () => {
    expect(findStretch('birdDog')?.places).toEqual(['floor']);
    expect(findStretch('tennisBall')?.places).toEqual(['standing', 'floor']);
    expect(findStretch('nope')).toBeUndefined();
  });
});

describe('relief', () => {
  it('carries the seed quick-relief steps and the medicine label note', () => {
    const ids = RELIEF_TIPS.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'heat',
        'ice',
        'alternate',
        'gentleMovement',
        'tennisBall',
        'painRelief',
        'medicineLabel',
      ]),
    );
    // The label advice is not in the seed, so it must cite a guideline.
    expect(RELIEF_TIPS.find((r) => r.id === 'medicineLabel')?.source.kind).toBe('guideline');
  });
});

describe('red flags', () => {
  it('lists every warning sign the seed names, all sourced to its medical section', () => {
    const ids = RED_FLAGS.map((f) => f.id);
    expect(ids.sort()).toEqual(
      [
        'afterInjury',
        'bowelBladder',
        'fever',
        'gettingWorse',
        'legNumbness',
        'notImproving',
        'saddleNumbness',
        'severePain',
        'weightLoss',
      ].sort(),
    );
    for (const f of RED_FLAGS) expect(f.source).toEqual({ kind: 'seed', section: 'When Medical Help is Needed' });
  });

  it('marks exactly the three nerve signs urgent and orders them first', () => {
    const { urgent, soon } = redFlagsByUrgency();
    expect(urgent.map((f) => f.id)).toEqual(['bowelBladder', 'legNumbness', 'saddleNumbness']);
    expect(soon).toHaveLength(6);
    const firstSoon = RED_FLAGS.findIndex((f) => f.urgency === 'soon');
    expect(RED_FLAGS.slice(0, firstSoon).every((f) => f.urgency === 'urgent')).toBe(true);
  });

  it('sorts urgent first even when given shuffled input', () => {
    const shuffled = [...RED_FLAGS].reverse();
    const { urgent, soon } = redFlagsByUrgency(shuffled);
    expect(urgent.every((f) => f.urgency === 'urgent')).toBe(true);
    expect(soon.every((f) => f.urgency === 'soon')).toBe(true);
  });
});

describe('causes', () => {
  it("covers the seed's causes", () => {
    expect(CAUSES.map((c) => c.id)).toEqual(['strain', 'posture', 'sitting', 'hydration', 'stress', 'conditions']);
  });
});
