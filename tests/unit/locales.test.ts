/**
 * Every translation mirrors English: the same area files, the same keys, the same placeholders
 * (named `$NAME$` markers, compared case-insensitively as Chrome does, plus positional `$1`..`$9`),
 * the same `placeholders` declarations, and no empty message. A translation that drifts from
 * English fails here instead of showing a raw key, an empty label or a literal `$MINUTES$`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocaleMessage, LocaleMessages } from '../../scripts/merge-locales.ts';
import { loadLocale } from '../support/localeMessages.ts';

const ROOT = 'locales';
const KEY = /^[A-Za-z0-9_]+$/;

const jsonFiles = (lang: string) =>
  readdirSync(join(ROOT, lang))
    .filter((f) => f.endsWith('.json'))
    .sort();

const readArea = (lang: string, file: string): LocaleMessages =>
  JSON.parse(readFileSync(join(ROOT, lang, file), 'utf8')) as LocaleMessages;

const englishFiles = jsonFiles('en');
const english = Object.fromEntries(englishFiles.map((f) => [f, readArea('en', f)])) as Record<string, LocaleMessages>;
const translations = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'en')
  .map((e) => e.name)
  .sort();

/** `$NAME$` markers, lower-cased and de-duplicated: Chrome matches placeholder names case-insensitively. */
function namedMarkers(message: string): string[] {
  return [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] as string).toLowerCase()))].sort();
}

/** Positional `$1`..`$9` used directly in the message (not inside a `$NAME$` marker, not `$$`). */
function positionalMarkers(message: string): string[] {
  const rest = message.replace(/\$\$/g, '').replace(/\$[A-Za-z0-9_@]+\$/g, '');
  return [...new Set([...rest.matchAll(/\$([1-9])/g)].map((m) => m[1] as string))].sort();
}

/** Declared placeholders as lower-cased name → content (the `example` may be translated or dropped). */
function declared(entry: LocaleMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entry.placeholders ?? {})
      .map(([name, p]) => [name.toLowerCase(), p.content] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

describe('English locale files', () => {
  it('exist and use valid keys', () => {
    expect(englishFiles.length).toBeGreaterThan(0);
    for (const [file, messages] of Object.entries(english)) {
      const bad = Object.keys(messages).filter((k) => !KEY.test(k));
      expect({ file, bad }).toEqual({ file, bad: [] });
    }
  });
});

describe('translations', () => {
  it('include the languages the extension ships', () => {
    expect(translations).toEqual(expect.arrayContaining(['de', 'es', 'fr', 'ja', 'pt_BR']));
  });

  describe.each(translations)('%s', (lang) => {
    it('has exactly the English area files', () => {
      expect(jsonFiles(lang)).toEqual(englishFiles);
    });

    describe.each(englishFiles)('%s', (file) => {
      const path = join(ROOT, lang, file);
      const own = (): LocaleMessages => (existsSync(path) ? readArea(lang, file) : {});
      const source = english[file] as LocaleMessages;

      it('misses no English key', () => {
        const keys = Object.keys(own());
        expect(Object.keys(source).filter((k) => !keys.includes(k))).toEqual([]);
      });

      it('adds no key English lacks', () => {
        expect(Object.keys(own()).filter((k) => !(k in source))).toEqual([]);
      });

      it('uses valid keys', () => {
        expect(Object.keys(own()).filter((k) => !KEY.test(k))).toEqual([]);
      });

      it('has no empty message', () => {
        const empty = Object.entries(own())
          .filter(([, e]) => typeof e?.message !== 'string' || e.message.trim() === '')
          .map(([k]) => k);
        expect(empty).toEqual([]);
      });

      it('keeps every placeholder of the English message', () => {
        const broken: string[] = [];
        for (const [key, entry] of Object.entries(own())) {
          const en = source[key];
          if (!en || typeof entry?.message !== 'string') continue;
          if (
            JSON.stringify(namedMarkers(entry.message)) !== JSON.stringify(namedMarkers(en.message)) ||
            JSON.stringify(positionalMarkers(entry.message)) !== JSON.stringify(positionalMarkers(en.message))
          ) {
            broken.push(`${key}: "${entry.message}"`);
          }
        }
        expect(broken).toEqual([]);
      });

      it('declares the same placeholders with the same content', () => {
        const broken = Object.entries(own())
          .filter(([key]) => source[key])
          .filter(
            ([key, entry]) =>
              JSON.stringify(declared(entry)) !== JSON.stringify(declared(source[key] as LocaleMessage)),
          )
          .map(([key]) => key);
        expect(broken).toEqual([]);
      });
    });

    it('merges without duplicate keys and keeps the name Limber', () => {
      const merged = loadLocale(lang);
      expect(merged.extName?.message).toBe('Limber');
    });
  });
});
