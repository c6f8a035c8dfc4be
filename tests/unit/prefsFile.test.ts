import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exportPrefs,
  MAX_IMPORT_BYTES,
  MAX_LISTED_PROBLEMS,
  type PrefsImport,
  parsePrefsImport,
  quote,
} from '../../src/core/prefsFile.ts';
import { DEFAULTS, type Prefs } from '../../src/core/settings.ts';

const NOW = Date.UTC(2025, 2, 4, 10, 30);
const good = (): Prefs => ({ ...structuredClone(DEFAULTS), workIntervalMin: 45, chime: true });
const file = (over: Record<string, unknown> = {}, prefs: unknown = good()) =>
  JSON.stringify({ format: 'limber-prefs', version: 1, exportedAt: '2025-03-04T10:30:00.000Z', prefs, ...over });
const withPrefs = (patch: Record<string, unknown>) => file({}, { ...good(), ...patch });

function refused(result: PrefsImport): string[] {
  if (result.ok) throw new Error('expected the import to be refused');
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.problems.length).toBe(result.errors.length);
  for (const e of result.errors) expect(e.trim().length).toBeGreaterThan(0);
  return result.errors;
}

describe('exportPrefs', () => {
  it('writes the tagged envelope and round-trips through the importer', () => {
    const text = exportPrefs(good(), NOW);
    expect(JSON.parse(text)).toEqual({
      format: 'limber-prefs',
      version: 1,
      exportedAt: '2025-03-04T10:30:00.000Z',
      prefs: good(),
    });
    expect(parsePrefsImport(text)).toEqual({ ok: true, prefs: good() });
  });

  it('round-trips any valid preferences', () => {
    const prefs = fc.record({
      workIntervalMin: fc.integer({ min: 5, max: 240 }),
      breakLengthMin: fc.integer({ min: 1, max: 30 }),
      reminderStyle: fc.constantFrom('notification' as const, 'window' as const),
      chime: fc.boolean(),
    });
    fc.assert(
      fc.property(prefs, (patch) => {
        const p: Prefs = { ...structuredClone(DEFAULTS), ...patch, naturalBreakMin: 120 };
        expect(parsePrefsImport(exportPrefs(p, NOW))).toEqual({ ok: true, prefs: p });
      }),
    );
  });
});

describe('parsePrefsImport: named refusals', () => {
  it('refuses a file over 100 kB before parsing it', () => {
    const padded = file({ padding: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(refused(parsePrefsImport(padded))[0]).toMatch(/larger than 100 kB/);
  });

  it('measures UTF-8 bytes, not characters', () => {
    // 40 000 three-byte characters: 40 000 UTF-16 units but 120 000 bytes.
    const text = file({ note: '€'.repeat(40_000) });
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(refused(parsePrefsImport(text))[0]).toMatch(/100 kB/);
  });

  it.each([
    ['', /not valid JSON/],
    ['{', /not valid JSON/],
    ["{'format': 'limber-prefs'}", /not valid JSON/],
    ['[]', /one JSON object/],
    ['null', /one JSON object/],
    ['"limber-prefs"', /one JSON object/],
  ])('refuses %j', (text, reason) => {
    expect(refused(parsePrefsImport(text))[0]).toMatch(reason);
  });

  it('names the wrong format and the supported version', () => {
    expect(refused(parsePrefsImport(file({ format: 'other' })))[0]).toMatch(/not a Limber preferences file/);
    const errors = refused(parsePrefsImport(file({ version: 2 })));
    expect(errors[0]).toMatch(/version 2 is not supported.*reads version 1/);
    expect(refused(parsePrefsImport(file({ version: '1' })))[0]).toMatch(/version "1" is not supported/);
  });

  it('lists every bad field at once, with the rule broken', () => {
    const errors = refused(parsePrefsImport(withPrefs({ workIntervalMin: 0, chime: 'yes', reminderStyle: 'popup' })));
    expect(errors).toEqual([
      'workIntervalMin: must be from 5 to 240 minutes',
      'reminderStyle: must be one of: notification, window',
      'chime: must be true or false',
    ]);
  });

  it('reports envelope and field problems together', () => {
    const errors = refused(parsePrefsImport(file({ version: 9 }, { ...good(), snoozeLimit: -1 })));
    expect(errors.some((e) => /version 9/.test(e))).toBe(true);
    expect(errors.some((e) => /snoozeLimit/.test(e))).toBe(true);
  });

  it('caps a flood of problems with a summary line', () => {
    const junk = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    const result = parsePrefsImport(withPrefs(junk));
    const errors = refused(result);
    expect(errors.length).toBe(MAX_LISTED_PROBLEMS + 1);
    expect(errors.at(-1)).toMatch(/and 480 more problems/);
  });

  it('keeps hostile keys short and printable in messages', () => {
    const evil = `\u202e${'A'.repeat(5000)}\u0000`;
    const errors = refused(parsePrefsImport(withPrefs({ [evil]: 1 })));
    expect(errors[0]?.length).toBeLessThan(120);
    expect(errors[0]).not.toContain('\u0000');
    expect(errors[0]).not.toContain('\u202e');
    expect(quote('\u2066x')).toBe('"?x"');
  });

  it('does not let __proto__ or constructor keys reach any prototype', () => {
    const text = `{"format":"limber-prefs","version":1,"__proto__":{"polluted":1},"prefs":${JSON.stringify({
      ...good(),
    }).replace(/}$/, ',"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}')}}`;
    const errors = refused(parsePrefsImport(text));
    expect(errors.some((e) => e.includes('__proto__'))).toBe(true);
    expect(errors.some((e) => e.includes('constructor'))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never mutates DEFAULTS and returns a copy', () => {
    const before = JSON.stringify(DEFAULTS);
    const result = parsePrefsImport(file());
    if (!result.ok) throw new Error('expected ok');
    result.prefs.workingHours[0] = { on: true, start: 1, end: 2 };
    expect(JSON.stringify(DEFAULTS)).toBe(before);
  });

  it('takes the default for a preference added after the file was written, and still refuses it when bad', () => {
    const { escalateReminder: _added, ...older } = good();
    const result = parsePrefsImport(file({}, older));
    if (!result.ok) throw new Error(`expected ok: ${result.errors.join('; ')}`);
    expect(result.prefs).toEqual({ ...older, escalateReminder: true });
    expect(refused(parsePrefsImport(withPrefs({ escalateReminder: 'yes' })))[0]).toMatch(/escalateReminder/);
  });

  it('survives non-string input from a careless caller', () => {
    expect(refused(parsePrefsImport(42 as unknown as string))[0]).toMatch(/read as text/);
  });
});

/** Generated hostile or malformed files: each must be refused with a reason, never throw. */
const cases: [string, string][] = [];
const validPrefs = good() as unknown as Record<string, unknown>;
/** Fields a version 1 file may lack because they were added later (tested below): not hostile. */
const ADDED_LATER = ['escalateReminder'];
for (const [key, value] of Object.entries(validPrefs)) {
  const { [key]: _removed, ...without } = validPrefs;
  if (!ADDED_LATER.includes(key)) cases.push([`missing ${key}`, file({}, without)]);
  const wrong = typeof value === 'boolean' ? 'true' : typeof value === 'number' ? '30' : 7;
  cases.push([`${key} of the wrong type`, withPrefs({ [key]: wrong })]);
}
for (const bad of [0, -5, 1e9, 2.5, null, 'abc', '', [], {}]) {
  cases.push([`workIntervalMin = ${JSON.stringify(bad)}`, withPrefs({ workIntervalMin: bad })]);
}
cases.push(
  ['naturalBreak below the break', withPrefs({ breakLengthMin: 10, naturalBreakMin: 5 })],
  ['six weekdays', withPrefs({ workingHours: DEFAULTS.workingHours.slice(1) })],
  ['start after end', withPrefs({ workingHours: DEFAULTS.workingHours.map((d) => ({ ...d, start: 600, end: 60 })) })],
  ['deeply nested prefs', file({}, JSON.parse('['.repeat(2000) + ']'.repeat(2000)))],
  ['deeply nested text', '['.repeat(40_000) + ']'.repeat(40_000)],
  ['huge string value', withPrefs({ reminderStyle: 'w'.repeat(90_000) })],
  ['prefs is a string', file({}, 'prefs')],
  ['prefs is null', file({}, null)],
  ['no prefs', JSON.stringify({ format: 'limber-prefs', version: 1 })],
  ['unknown top-level key', file({ extra: true })],
  ['bad exportedAt', file({ exportedAt: 'yesterday' })],
  ['exportedAt number', file({ exportedAt: 5 })],
  ['no format', JSON.stringify({ version: 1, prefs: good() })],
  ['version missing', JSON.stringify({ format: 'limber-prefs', prefs: good() })],
  ['version 0', file({ version: 0 })],
  ['version 1.5', file({ version: 1.5 })],
  ['trailing garbage', `${file()}x`],
  ['BOM-less binary', '\u0000\u0001\u0002'],
  ['NaN literal', file().replace('"workIntervalMin":45', '"workIntervalMin":NaN')],
);

describe('parsePrefsImport: generated malformed imports', () => {
  it('has at least 50 cases', () => expect(cases.length).toBeGreaterThanOrEqual(50));
  it.each(cases)('refuses %s with a reason', (_name, text) => {
    refused(parsePrefsImport(text));
  });

  it('never throws and never accepts random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parsePrefsImport(JSON.stringify(value) ?? '');
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random text or on random prefs objects in a valid envelope', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => !parsePrefsImport(text).ok));
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (prefs) => !parsePrefsImport(file({}, prefs)).ok),
      { numRuns: 300 },
    );
  });
});
