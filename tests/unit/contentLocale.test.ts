/**
 * Locale integrity for the health content and the popup sections: every key the code uses exists,
 * no key is left unused, placeholders match, and no sentence is lifted from the seed text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../src/core/content/causes.ts';
import { CHECKLIST } from '../../src/core/content/checklist.ts';
import { RED_FLAGS } from '../../src/core/content/redFlags.ts';
import { RELIEF_TIPS } from '../../src/core/content/relief.ts';
import { STRETCHES } from '../../src/core/content/stretches.ts';
import { STRETCH_GROUPS } from '../../src/core/content/stretchGroups.ts';
import { loadLocale } from '../support/localeMessages.ts';

const english = loadLocale('en');
const OWN_FILES = {
  content: 'locales/en/content.json',
  popupSections: 'locales/en/popupSections.json',
  health: 'locales/en/health.json',
};
const own = Object.fromEntries(
  Object.entries(OWN_FILES).map(([name, path]) => [name, JSON.parse(readFileSync(path, 'utf8'))]),
) as Record<keyof typeof OWN_FILES, Record<string, { message: string; description?: string; placeholders?: object }>>;

const dataKeys = [
  ...CHECKLIST.flatMap((i) => [i.titleKey, i.detailKey]),
  ...STRETCHES.flatMap((s) => [s.titleKey, ...s.stepsKeys, s.cautionKey]),
  ...STRETCH_GROUPS.flatMap((g) => [g.titleKey, g.introKey]),
  ...RELIEF_TIPS.flatMap((r) => [r.titleKey, r.textKey, ...(r.cautionKey ? [r.cautionKey] : [])]),
  ...RED_FLAGS.map((f) => f.textKey),
  ...CAUSES.flatMap((c) => [c.titleKey, c.textKey]),
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Literal keys passed to t() or kept in key maps in the UI sources (all keys there are literals). */
const uiKeys = ['src/ui/sections', 'src/ui/illustrations', 'src/ui/shared', 'src/ui/health', 'src/ui/break']
  .flatMap(sourceFiles)
  .flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/['"]((?:sect|content|health)_[A-Za-z0-9_]+)['"]/g)].map(
      (m) => m[1] as string,
    ),
  );

describe('locale keys', () => {
  it('defines every key the content data references, with a real message', () => {
    const missing = dataKeys.filter((k) => !english[k]?.message.trim());
    expect(missing).toEqual([]);
  });

  it('defines every key the section and illustration components reference', () => {
    expect(uiKeys.length).toBeGreaterThan(40);
    expect(uiKeys.filter((k) => !english[k])).toEqual([]);
  });

  it('gives every stretch an illustration label', () => {
    expect(STRETCHES.filter((s) => !english[`illus_${s.illustration}`])).toEqual([]);
  });

  it('leaves no unused key in our locale files', () => {
    const used = new Set([...dataKeys, ...uiKeys]);
    const unused = [...Object.keys(own.content), ...Object.keys(own.popupSections), ...Object.keys(own.health)].filter(
      (k) => !used.has(k),
    );
    expect(unused).toEqual([]);
  });

  it('uses valid, prefixed keys with a description for translators', () => {
    for (const [file, prefix] of [
      ['content', 'content_'],
      ['popupSections', 'sect_'],
      ['health', 'health_'],
    ] as const) {
      for (const [key, entry] of Object.entries(own[file])) {
        expect(key).toMatch(/^[A-Za-z0-9_]+$/);
        expect(key.startsWith(prefix)).toBe(true);
        expect(entry.description?.trim()).toBeTruthy();
      }
    }
  });

  it('declares exactly the placeholders each message uses', () => {
    for (const [key, entry] of Object.entries({ ...own.content, ...own.popupSections, ...own.health })) {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => (m[1] as string).toLowerCase());
      const declared = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
      expect({ key, names: used.sort() }).toEqual({ key, names: declared.sort() });
    }
  });
});

describe('health content is in our own words', () => {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[’']/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  // A copy of shared/seed/lower-back-spasms.txt, kept in the repo so the check runs on any checkout.
  const seed = words(readFileSync('tests/fixtures/seed-lower-back-spasms.txt', 'utf8'));
  // Seven words in a row is long enough to catch a copied clause, short enough to allow shared terms.
  const N = 7;
  const seedShingles = new Set(
    seed.map((_, i) => seed.slice(i, i + N).join(' ')).filter((s) => s.split(' ').length === N),
  );

  it('shares no run of seven words with the seed', () => {
    const copied: string[] = [];
    for (const [key, entry] of Object.entries({ ...own.content, ...own.popupSections, ...own.health })) {
      const w = words(entry.message);
      for (let i = 0; i + N <= w.length; i++) {
        const shingle = w.slice(i, i + N).join(' ');
        if (seedShingles.has(shingle)) copied.push(`${key}: "${shingle}"`);
      }
    }
    expect(copied).toEqual([]);
  });
});
