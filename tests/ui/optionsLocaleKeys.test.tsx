// @vitest-environment happy-dom
// Every string the options and break pages ask for exists in the English locale, including the keys
// built at run time (err_<code>, opt_field_<pref>, opt_unit_<unit>, opt_import_<code>).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileProblemCode } from '../../src/core/prefsFile.ts';
import { type ErrorCode, PREF_KEYS, RULES } from '../../src/core/settings.ts';
import { loadLocale } from '../support/localeMessages.ts';

const english = loadLocale('en');
const ERROR_CODES: ErrorCode[] = [
  'notNumber',
  'notWhole',
  'range',
  'notBool',
  'notOneOf',
  'hours',
  'unknownField',
  'missing',
  'notObject',
  'naturalBelowBreak',
];
const FILE_CODES: FileProblemCode[] = [
  'notText',
  'tooLarge',
  'notJson',
  'notObject',
  'unknownKey',
  'format',
  'version',
  'exportedAt',
  'noPrefs',
  'more',
];

function literalKeys(dir: string): string[] {
  const keys = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const match of source.matchAll(/\bt\('([a-zA-Z0-9_]+)'/g)) keys.add(match[1] as string);
    for (const match of source.matchAll(/'((?:opt|brk)_[a-zA-Z0-9_]+)'/g)) keys.add(match[1] as string);
  }
  return [...keys];
}

describe('locale keys of the options and break pages', () => {
  it.each(['src/ui/options', 'src/ui/break'])('every literal key in %s exists', (dir) => {
    const missing = literalKeys(dir).filter((key) => !english[key]);
    expect(missing).toEqual([]);
  });

  it('has a message for every computed key', () => {
    const units = new Set(Object.values(RULES).flatMap((r) => ('unit' in r ? [r.unit] : [])));
    const keys = [
      ...ERROR_CODES.map((c) => `err_${c}`),
      ...PREF_KEYS.map((k) => `opt_field_${k}`),
      ...[...units].map((u) => `opt_unit_${u}`),
      ...FILE_CODES.map((c) => `opt_import_${c}`),
      ...['notification', 'window'].flatMap((s) => [`opt_style_${s}`, `opt_style_${s}_hint`]),
    ];
    expect(keys.filter((key) => !english[key])).toEqual([]);
  });

  it('prefixes every key it owns', () => {
    for (const file of ['options.json', 'break.json']) {
      const keys = Object.keys(JSON.parse(readFileSync(join('locales/en', file), 'utf8')));
      expect(keys.filter((k) => !/^(opt_|brk_|err_)/.test(k))).toEqual([]);
    }
  });
});
