/**
 * The 25 seed facts, each mapped to the items that carry it. Fails when a fact is no longer carried
 * (an item removed, or its fact reference dropped), when an item claims a seed fact it was not
 * mapped to, or when a fact's quote is no longer in the seed text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../src/core/content/causes.ts';
import { CHECKLIST } from '../../src/core/content/checklist.ts';
import { RED_FLAGS } from '../../src/core/content/redFlags.ts';
import { RELIEF_TIPS } from '../../src/core/content/relief.ts';
import { SEED_FACTS, SEED_SECTION_HEADINGS, type SeedFactId } from '../../src/core/content/seedFacts.ts';
import { STRETCHES } from '../../src/core/content/stretches.ts';
import { STRETCH_GROUPS } from '../../src/core/content/stretchGroups.ts';
import { loadLocale } from '../support/localeMessages.ts';

const english = loadLocale('en');
const seed = readFileSync('tests/fixtures/seed-lower-back-spasms.txt', 'utf8');

/** Every item that can carry a seed fact, as "kind:id", with the locale keys of its words. */
const ITEMS = new Map<string, { seedFacts: readonly string[]; keys: readonly string[] }>([
  ...RELIEF_TIPS.map((i) => [`relief:${i.id}`, { seedFacts: i.seedFacts, keys: [i.titleKey, i.textKey] }] as const),
  ...STRETCHES.map((i) => [`stretch:${i.id}`, { seedFacts: i.seedFacts, keys: [i.titleKey, ...i.stepsKeys] }] as const),
  ...STRETCH_GROUPS.map((i) => [`group:${i.id}`, { seedFacts: i.seedFacts, keys: [i.titleKey, i.introKey] }] as const),
  ...CHECKLIST.map((i) => [`checklist:${i.id}`, { seedFacts: i.seedFacts, keys: [i.titleKey, i.detailKey] }] as const),
  ...RED_FLAGS.map((i) => [`flag:${i.id}`, { seedFacts: i.seedFacts, keys: [i.textKey] }] as const),
  ...CAUSES.map((i) => [`cause:${i.id}`, { seedFacts: i.seedFacts, keys: [i.titleKey, i.textKey] }] as const),
]);

/** The map: each of the 25 facts and every item that states it. */
const CARRIERS: Record<SeedFactId, string[]> = {
  'relief.heat': ['relief:heat'],
  'relief.coldInTowel': ['relief:ice'],
  'relief.alternate': ['relief:alternate'],
  'relief.gentleMovement': ['relief:walk', 'relief:kneeRolls', 'stretch:kneeRolls', 'stretch:walking', 'group:spasm'],
  'relief.tennisBall': ['relief:tennisBall', 'stretch:tennisBall'],
  'relief.painRelief': ['relief:painRelief'],
  'prevention.coreStrength': ['group:strengthen', 'stretch:pelvicTilt', 'stretch:birdDog', 'stretch:bridge'],
  'prevention.flexibility': ['group:loosen'],
  'prevention.posture': ['checklist:sitBack'],
  'prevention.lumbarSupport': ['checklist:lumbarSupport'],
  'prevention.feetFlat': ['checklist:feetFlat'],
  'prevention.screenEyeLevel': ['checklist:screenTopEyeLevel'],
  'prevention.breaks': ['checklist:breakEvery30'],
  'prevention.hydration': ['checklist:waterAtHand'],
  'causes.strain': ['cause:strain'],
  'causes.posture': ['cause:posture'],
  'causes.sitting': ['cause:sitting'],
  'causes.hydration': ['cause:hydration'],
  'causes.stress': ['cause:stress'],
  'causes.conditions': ['cause:conditions'],
  'medical.bowelBladder': ['flag:bowelBladder'],
  'medical.nerveSigns': ['flag:legNumbness', 'flag:saddleNumbness'],
  'medical.painCourse': ['flag:severePain', 'flag:notImproving', 'flag:gettingWorse'],
  'medical.injury': ['flag:seriousInjury'],
  'medical.weightLossFever': ['flag:fever', 'flag:weightLoss'],
};

/** The seed text of one section: from its heading to the next heading. */
function sectionText(section: keyof typeof SEED_SECTION_HEADINGS): string {
  const headings = Object.values(SEED_SECTION_HEADINGS);
  const start = seed.indexOf(SEED_SECTION_HEADINGS[section]);
  const ends = headings.map((h) => seed.indexOf(h)).filter((i) => i > start);
  return seed.slice(start, ends.length > 0 ? Math.min(...ends) : undefined);
}

describe('the 25 seed facts', () => {
  it('are 25, with unique ids: 6 relief, 8 prevention, 6 causes, 5 medical', () => {
    expect(SEED_FACTS).toHaveLength(25);
    expect(new Set(SEED_FACTS.map((f) => f.id)).size).toBe(25);
    const count = (s: string) => SEED_FACTS.filter((f) => f.section === s).length;
    expect([count('relief'), count('prevention'), count('causes'), count('medical')]).toEqual([6, 8, 6, 5]);
  });

  it('each quote is really in the seed, inside the section the fact names', () => {
    for (const f of SEED_FACTS) {
      expect(seed.indexOf(SEED_SECTION_HEADINGS[f.section]), f.section).toBeGreaterThanOrEqual(0);
      expect(sectionText(f.section), f.id).toContain(f.anchor);
    }
  });

  it.each(SEED_FACTS.map((f) => [f.id]))('%s is carried by the items the map names, in real words', (id) => {
    const carriers = CARRIERS[id as SeedFactId];
    expect(carriers.length).toBeGreaterThan(0);
    for (const ref of carriers) {
      const item = ITEMS.get(ref);
      expect(item, `${ref} is missing`).toBeDefined();
      expect(item?.seedFacts, ref).toContain(id);
      for (const key of item?.keys ?? []) expect(english[key]?.message.trim(), key).toBeTruthy();
    }
  });

  it('no item claims a seed fact the map does not give it (nothing extra is credited to the seed)', () => {
    const claimed = [...ITEMS].flatMap(([ref, item]) => item.seedFacts.map((fact) => `${fact} ${ref}`)).sort();
    const mapped = Object.entries(CARRIERS)
      .flatMap(([fact, refs]) => refs.map((ref) => `${fact} ${ref}`))
      .sort();
    expect(claimed).toEqual(mapped);
  });
});
