import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../src/core/content/causes.ts';
import { CHECKLIST, RETIRED_CHECKLIST_IDS } from '../../src/core/content/checklist.ts';
import { checklistProgress } from '../../src/core/content/checklistProgress.ts';
import { RED_FLAGS, redFlagsByUrgency } from '../../src/core/content/redFlags.ts';
import { RELIEF_TIPS } from '../../src/core/content/relief.ts';
import { ALL_SOURCES } from '../../src/core/content/sources.ts';
import { findStretch, STRETCHES } from '../../src/core/content/stretches.ts';
import { groupStretches, STRETCH_GROUPS } from '../../src/core/content/stretchGroups.ts';
import type { PublicSource } from '../../src/core/content/types.ts';

const COLLECTIONS = {
  checklist: CHECKLIST,
  stretches: STRETCHES,
  stretchGroups: STRETCH_GROUPS,
  relief: RELIEF_TIPS,
  redFlags: RED_FLAGS,
  causes: CAUSES,
} as const;

function expectListedSource(source: PublicSource) {
  // One registry, so a page is named and addressed the same way everywhere it is cited.
  expect(ALL_SOURCES).toContain(source);
}

describe('public sources', () => {
  it('have unique ids and addresses, a publisher-and-title name, and an https address', () => {
    expect(new Set(ALL_SOURCES.map((s) => s.id)).size).toBe(ALL_SOURCES.length);
    expect(new Set(ALL_SOURCES.map((s) => s.url)).size).toBe(ALL_SOURCES.length);
    for (const s of ALL_SOURCES) {
      expect(s.name).toMatch(/^[^:]{3,}: .{3,}$/);
      expect(s.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
    }
  });

  it('are each cited by at least one item (no page listed that supports nothing)', () => {
    const cited = new Set(
      [
        ...Object.values(COLLECTIONS).flatMap((items) => items.flatMap((i) => i.sources)),
        ...STRETCHES.map((s) => s.howTo),
      ].map((s) => s.id),
    );
    expect(ALL_SOURCES.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });
});

describe.each(Object.entries(COLLECTIONS))('%s', (_name, items) => {
  it('has items with unique, key-safe ids', () => {
    expect(items.length).toBeGreaterThan(0);
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9]+$/);
  });

  it('gives every item at least one public source from the registry', () => {
    for (const item of items) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const s of item.sources) expectListedSource(s);
    }
  });
});

describe('checklist', () => {
  it('starts with every desk point the seed names, then adds OSHA points that carry no seed fact', () => {
    expect(CHECKLIST.slice(0, 6).map((i) => i.id)).toEqual([
      'lumbarSupport',
      'sitBack',
      'feetFlat',
      'screenTopEyeLevel',
      'waterAtHand',
      'breakEvery30',
    ]);
    for (const i of CHECKLIST.slice(0, 6)) expect(i.seedFacts.length).toBe(1);
    for (const i of CHECKLIST.slice(6)) {
      expect(i.seedFacts).toEqual([]);
      expect(i.sources.every((s) => s.name.startsWith('OSHA'))).toBe(true);
    }
  });

  it('never reuses a retired id, so an old tick cannot vouch for a new question', () => {
    const ids = CHECKLIST.map((i) => i.id);
    expect(RETIRED_CHECKLIST_IDS).toEqual(['goodPosture', 'screenEyeLevel']);
    for (const id of RETIRED_CHECKLIST_IDS) expect(ids).not.toContain(id);
  });

  it('ignores stored ticks of retired items in the progress (nothing breaks, nothing is over-counted)', () => {
    const now = 1_000_000;
    const records = {
      goodPosture: { checked: true, at: now },
      screenEyeLevel: { checked: true, at: now },
      feetFlat: { checked: true, at: now },
    };
    const progress = checklistProgress(CHECKLIST, records, now);
    expect(progress.total).toBe(CHECKLIST.length);
    expect(progress.done).toBe(1);
    expect(progress.states.screenTopEyeLevel).toBe('unchecked');
    expect(progress.states).not.toHaveProperty('goodPosture');
  });
});

describe('stretches', () => {
  it('gives every stretch a how-to source from the registry, and steps, a caution, a duration and places', () => {
    const illustrations = new Set<string>();
    for (const s of STRETCHES) {
      expectListedSource(s.howTo);
      expect(s.stepsKeys.length).toBeGreaterThanOrEqual(2);
      expect(s.cautionKey).toMatch(/_caution$/);
      expect(Number.isInteger(s.durationSec) && s.durationSec >= 15 && s.durationSec <= 600).toBe(true);
      expect(s.places.length).toBeGreaterThan(0);
      expect(new Set(s.places).size).toBe(s.places.length);
      illustrations.add(s.illustration);
    }
    expect(illustrations.size).toBe(STRETCHES.length);
  });

  it('keeps the seed moves apart: three for a spasm, three core-strengthening moves for between spasms', () => {
    const ids = (use: string) => STRETCHES.filter((s) => s.use === use).map((s) => s.id);
    expect(ids('spasm').sort()).toEqual(['kneeRolls', 'tennisBall', 'walking']);
    expect(ids('strengthen').sort()).toEqual(['birdDog', 'bridge', 'pelvicTilt']);
    for (const id of ids('spasm')) expect(findStretch(id)?.notDuringSpasm).toBe(false);
    for (const id of ids('strengthen')) expect(findStretch(id)?.notDuringSpasm).toBe(true);
  });

  it('warns against twisting and deep bending during a spasm, and backs that line with MedlinePlus', () => {
    for (const id of ['seatedTwist', 'seatedHamstring', 'seatedFigureFour', 'standingBackExtension'])
      expect(findStretch(id)?.notDuringSpasm).toBe(true);
    for (const s of STRETCHES.filter((x) => x.notDuringSpasm))
      expect(s.sources.map((x) => x.id)).toContain('medlinePlusLowBackPain');
  });

  it('offers at least six desk moves and marks floor-only moves as floor', () => {
    expect(STRETCHES.filter((s) => s.places.includes('desk')).length).toBeGreaterThanOrEqual(6);
    expect(findStretch('birdDog')?.places).toEqual(['floor']);
    expect(findStretch('tennisBall')?.places).toEqual(['standing', 'floor']);
    expect(findStretch('nope')).toBeUndefined();
  });

  it('groups stretches in the order their first member appears, dropping empty groups', () => {
    expect(groupStretches(STRETCHES).map((g) => g.group.id)).toEqual(['spasm', 'strengthen', 'loosen']);
    const deskFirst = [...STRETCHES].sort((a, b) => Number(b.use === 'loosen') - Number(a.use === 'loosen'));
    expect(groupStretches(deskFirst).map((g) => g.group.id)).toEqual(['loosen', 'spasm', 'strengthen']);
    const onlyDesk = STRETCHES.filter((s) => s.use === 'loosen');
    expect(groupStretches(onlyDesk).map((g) => g.group.id)).toEqual(['loosen']);
    expect(groupStretches(STRETCHES).flatMap((g) => g.stretches)).toHaveLength(STRETCHES.length);
  });
});

describe('relief (during a spasm)', () => {
  it('carries the seed relief steps in order, each gentle move linked to its stretch', () => {
    expect(RELIEF_TIPS.map((r) => r.id)).toEqual([
      'heat',
      'ice',
      'alternate',
      'walk',
      'kneeRolls',
      'tennisBall',
      'painRelief',
    ]);
    const linked = Object.fromEntries(RELIEF_TIPS.filter((r) => r.stretchId).map((r) => [r.id, r.stretchId]));
    expect(linked).toEqual({ walk: 'walking', kneeRolls: 'kneeRolls', tennisBall: 'tennisBall' });
    for (const id of Object.values(linked)) expect(findStretch(id as string)?.use).toBe('spasm');
  });

  it('gives heat, ice and medicine a safety line; the medicine line cites the FDA label advice', () => {
    const cautioned = RELIEF_TIPS.filter((r) => r.cautionKey).map((r) => r.id);
    expect(cautioned).toEqual(['heat', 'ice', 'painRelief']);
    expect(RELIEF_TIPS.find((r) => r.id === 'painRelief')?.sources.map((s) => s.id)).toContain('fdaOtcMedicines');
  });
});

describe('red flags', () => {
  it('puts exactly the four emergencies in the emergency group, first', () => {
    const { emergency, today, soon } = redFlagsByUrgency();
    expect(emergency.map((f) => f.id)).toEqual(['bowelBladder', 'legNumbness', 'saddleNumbness', 'seriousInjury']);
    expect(today.map((f) => f.id)).toEqual(['fever']);
    expect(soon.map((f) => f.id).sort()).toEqual(['gettingWorse', 'notImproving', 'severePain', 'weightLoss']);
    expect(RED_FLAGS.slice(0, 4).every((f) => f.urgency === 'emergency')).toBe(true);
  });

  it('keeps each group in its listed order whatever order the input came in', () => {
    const { emergency } = redFlagsByUrgency([...RED_FLAGS].reverse());
    expect(emergency.map((f) => f.id)).toEqual(['seriousInjury', 'saddleNumbness', 'legNumbness', 'bowelBladder']);
  });
});

describe('causes', () => {
  it("covers the seed's causes", () => {
    expect(CAUSES.map((c) => c.id)).toEqual(['strain', 'posture', 'sitting', 'hydration', 'stress', 'conditions']);
  });
});
