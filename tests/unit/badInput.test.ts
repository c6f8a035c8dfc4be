/**
 * Bad input everywhere gets a clear error and changes nothing.
 * - preferences: every field against NaN, negative, huge, strings, missing and extra fields, through
 *   validatePrefs (writes), applyPatch (the options page) and repairPrefs (stored records);
 * - prefs imports: generated malformed and hostile files through parsePrefsImport;
 * - messages: generated hostile envelopes through parseEnvelope, then hostile messages and foreign
 *   senders through the background's router, with the database compared before and after.
 * Generators are fast-check with fixed seeds, so a failure names a case that reproduces.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { parsePrefsImport } from '../../src/core/prefsFile.ts';
import {
  applyPatch,
  checkField,
  DEFAULTS,
  PREF_KEYS,
  type PrefKey,
  type Prefs,
  RULES,
  repairPrefs,
  validatePrefs,
} from '../../src/core/settings.ts';
import { parseEnvelope, REQUEST_TYPES, type RequestType } from '../../src/messaging/protocol.ts';
import { openLimberDb } from '../../src/storage/open.ts';
import { fakeBrowser, resetFakes } from '../background/fakeBrowser.ts';

vi.mock('../../src/platform/browser.ts', async () => ({
  default: (await import('../background/fakeBrowser.ts')).fakeBrowser,
}));

const SEED = 20_260_6;
const DEFAULTS_TEXT = JSON.stringify(DEFAULTS);
const unpolluted = () => {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(JSON.stringify(DEFAULTS)).toBe(DEFAULTS_TEXT);
};

const UNPRINTABLE = /[\p{Cc}\p{Cf}]/u;

/** A clear error: words a person can read, short, with nothing unprintable in it. */
function expectClear(message: unknown, printable = true): void {
  expect(typeof message).toBe('string');
  const text = message as string;
  expect(text.trim().length).toBeGreaterThan(3);
  expect(text.length).toBeLessThan(300);
  if (printable) expect(text).not.toMatch(UNPRINTABLE);
}

const jsonProto = (inner: object) => JSON.parse(`{"__proto__":${JSON.stringify(inner)}}`) as Record<string, unknown>;
const nested = (depth: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};

/** Values no numeric preference accepts. */
const BAD_NUMBERS: unknown[] = [
  Number.NaN,
  -1,
  -0.5,
  Number.NEGATIVE_INFINITY,
  Number.POSITIVE_INFINITY,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2.5,
  '30',
  '',
  ' 30 ',
  '0x1e',
  null,
  undefined,
  true,
  [],
  [30],
  {},
  30n,
  new Date(30),
  jsonProto({ polluted: true }),
];
const BAD_BOOLEANS: unknown[] = ['true', 'false', 1, 0, null, undefined, [], {}, Number.NaN, 'yes'];
const BAD_ENUMS: unknown[] = [
  'NOTIFICATION',
  'notification ',
  '',
  0,
  null,
  ['window'],
  { window: true },
  'x'.repeat(100_000),
];
const BAD_HOURS: unknown[] = [
  null,
  [],
  'Mon-Fri',
  DEFAULTS.workingHours.slice(1),
  [...DEFAULTS.workingHours, DEFAULTS.workingHours[0]],
  DEFAULTS.workingHours.map((d) => ({ ...d, start: -1 })),
  DEFAULTS.workingHours.map((d) => ({ ...d, end: 1441 })),
  DEFAULTS.workingHours.map((d) => ({ ...d, start: 600, end: 600 })),
  DEFAULTS.workingHours.map((d) => ({ ...d, on: 'yes' })),
  DEFAULTS.workingHours.map((d) => ({ ...d, start: 9.5 })),
  DEFAULTS.workingHours.map(() => null),
  nested(500),
];

function badValuesFor(key: PrefKey): unknown[] {
  const rule = RULES[key];
  switch (rule.kind) {
    case 'int':
      return [...BAD_NUMBERS, rule.min - 1, rule.max + 1];
    case 'bool':
      return BAD_BOOLEANS;
    case 'enum':
      return BAD_ENUMS;
    case 'hours':
      return BAD_HOURS;
  }
}

const MATRIX: [PrefKey, unknown][] = PREF_KEYS.flatMap((key) =>
  badValuesFor(key).map((v): [PrefKey, unknown] => [key, v]),
);

/** Preferences a user might really have: every field changed from its default but valid. */
const custom = (): Prefs => ({
  ...structuredClone(DEFAULTS),
  workIntervalMin: 45,
  breakLengthMin: 3,
  idleThresholdSec: 90,
  naturalBreakMin: 8,
  chime: true,
  reminderStyle: 'window',
});

describe('preferences: bad values, field by field', () => {
  test(`the matrix covers every field (${MATRIX.length} cases)`, () => {
    expect(new Set(MATRIX.map(([k]) => k))).toEqual(new Set(PREF_KEYS));
    expect(MATRIX.length).toBeGreaterThan(200);
  });

  test('validatePrefs refuses each one, naming the field with a clear message', () => {
    for (const [key, value] of MATRIX) {
      const result = validatePrefs({ ...structuredClone(DEFAULTS), [key]: value });
      expect(result.ok, `${key} = ${String(value).slice(0, 30)}`).toBe(false);
      if (result.ok) continue;
      const error = result.errors.find((e) => e.field === key);
      expect(error, `${key} = ${String(value).slice(0, 30)}`).toBeDefined();
      expectClear(error?.message);
    }
    unpolluted();
  });

  test('applyPatch refuses each one and leaves the current preferences as they were', () => {
    const current = custom();
    const before = structuredClone(current);
    for (const [key, value] of MATRIX) {
      const result = applyPatch(current, { [key]: value });
      expect(result.ok, `${key} = ${String(value).slice(0, 30)}`).toBe(false);
      if (!result.ok) for (const e of result.errors) expectClear(e.message);
    }
    expect(current).toEqual(before);
    unpolluted();
  });

  test('repairPrefs puts back the default for the bad field only, reports it, and the result is valid', () => {
    for (const [key, value] of MATRIX) {
      const stored = { ...custom(), [key]: value };
      const { prefs, repaired } = repairPrefs(stored);
      expect(prefs[key], key).toEqual(DEFAULTS[key]);
      expect(repaired.some((e) => e.field === key)).toBe(true);
      expect(validatePrefs(prefs).ok).toBe(true);
      for (const other of PREF_KEYS) {
        // A field whose repair forces the cross-field rule may move naturalBreakMin; nothing else changes.
        if (other !== key && other !== 'naturalBreakMin') expect(prefs[other]).toEqual(custom()[other]);
      }
    }
  });

  test('missing fields: refused by name on write, restored to the default on read', () => {
    for (const key of PREF_KEYS) {
      const { [key]: _gone, ...without } = custom();
      const result = validatePrefs(without);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors).toContainEqual(expect.objectContaining({ field: key, code: 'missing' }));
      expect(repairPrefs(without).prefs[key]).toEqual(DEFAULTS[key]);
    }
    expect(repairPrefs({}).prefs).toEqual(DEFAULTS);
  });

  test('extra fields, prototype keys among them, are refused by name and pollute nothing', () => {
    const extra = JSON.parse(
      `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":1,"isAdmin":true}`,
    ) as Record<string, unknown>;
    const result = validatePrefs({ ...custom(), ...extra });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      for (const field of ['__proto__', 'constructor', 'prototype', 'isAdmin']) {
        expect(result.errors).toContainEqual(expect.objectContaining({ field, code: 'unknownField' }));
      }
    }
    expect(applyPatch(custom(), extra).ok).toBe(false);
    const repaired = repairPrefs({ ...custom(), ...extra }).prefs as Record<string, unknown>;
    expect(Object.keys(repaired).sort()).toEqual([...PREF_KEYS].sort());
    expect(Object.getPrototypeOf(repaired)).toBe(Object.prototype);
    unpolluted();
  });

  test('generated: any object at all never throws, never mutates, and repair always yields valid prefs', () => {
    const anyPrefsLike = fc.dictionary(
      fc.constantFrom<string>(...PREF_KEYS, '__proto__', 'constructor', 'x'),
      fc.oneof(fc.anything(), fc.constantFrom(...BAD_NUMBERS)),
    );
    const current = custom();
    fc.assert(
      fc.property(anyPrefsLike, (input) => {
        const checked = validatePrefs({ ...custom(), ...input });
        if (checked.ok) expect(validatePrefs(checked.value).ok).toBe(true);
        else for (const e of checked.errors) expectClear(e.message);
        applyPatch(current, input);
        expect(validatePrefs(repairPrefs(input).prefs).ok).toBe(true);
      }),
      { seed: SEED, numRuns: 400 },
    );
    expect(current).toEqual(custom());
    unpolluted();
  });
});

describe('prefs imports: generated malformed and hostile files', () => {
  const envelope = (prefs: unknown, over: Record<string, unknown> = {}) =>
    JSON.stringify({ format: 'limber-prefs', version: 1, exportedAt: '2026-03-02T09:00:00.000Z', prefs, ...over });
  const hostileValue = fc.oneof(
    fc.constantFrom(...BAD_NUMBERS.filter((v) => typeof v !== 'bigint')),
    fc.string({ maxLength: 40 }),
    fc.integer({ min: 1, max: 3000 }).map(nested),
    fc.constantFrom('x'.repeat(99_000), '€'.repeat(40_000), '\u202e\u0000evil'),
    fc.jsonValue({ maxDepth: 4 }),
  );
  const files = fc.oneof(
    // Wrong type at the top: not an object.
    fc
      .jsonValue()
      .filter((v) => typeof v !== 'object' || v === null || Array.isArray(v))
      .map((v) => JSON.stringify(v)),
    // A preference of the wrong type, deeply nested, or huge.
    fc
      .tuple(fc.constantFrom(...PREF_KEYS), hostileValue)
      // A generated JSON value can happen to be a valid one (true for a switch): that file is not hostile.
      .filter(([k, v]) => checkField(k, v) !== null)
      .map(([k, v]) => envelope({ ...custom(), [k]: v })),
    // A broken envelope around good preferences.
    fc
      .tuple(fc.constantFrom('format', 'version', 'exportedAt'), hostileValue)
      .map(([k, v]) => envelope(custom(), { [k]: v })),
    // Prototype keys at the top and inside prefs (as JSON text: the parser makes them own keys).
    fc
      .constantFrom('__proto__', 'constructor', 'prototype')
      .map(
        (k) =>
          `{"format":"limber-prefs","version":1,"${k}":{"polluted":true},"prefs":${JSON.stringify(custom()).replace(/}$/, `,"${k}":{"isAdmin":true}}`)}}`,
      ),
    // Deep nesting as raw text, within and beyond the size cap.
    fc.integer({ min: 1000, max: 60_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
    fc
      .integer({ min: 1000, max: 30_000 })
      .map((n) => envelope(custom()).replace('"prefs":', `"prefs":${'{"a":'.repeat(n)}1${'}'.repeat(n)},"x":`)),
    // Not JSON at all, or JSON with junk around it.
    fc.string({ maxLength: 200 }).filter((s) => !s.trim().startsWith('{')),
    fc.constantFrom(
      `\ufeff${envelope(custom())}`,
      `${envelope(custom())},`,
      envelope(custom()).replace('45', 'NaN'),
      '{"prefs":',
    ),
  );
  const samples = fc.sample(files, { seed: SEED, numRuns: 120 });

  test(`at least 50 generated files (${samples.length})`, () => expect(samples.length).toBeGreaterThanOrEqual(50));

  test('each is refused with clear reasons, and nothing global changes', () => {
    for (const text of samples) {
      const result = parsePrefsImport(text);
      expect(result.ok, text.slice(0, 80)).toBe(false);
      if (result.ok) continue;
      expect(result.errors.length).toBeGreaterThan(0);
      for (const e of result.errors) expectClear(e);
    }
    unpolluted();
  });

  test('the generators are not vacuous: a good file is accepted', () => {
    expect(parsePrefsImport(envelope(custom()))).toEqual({ ok: true, prefs: custom() });
  });
});

describe('messages: generated hostile envelopes', () => {
  const VALID: Record<RequestType, object> = {
    getStatus: {},
    snooze: { minutes: 5 },
    skip: {},
    startBreak: {},
    finishBreak: { completed: true, breakId: 1 },
    pause: { minutes: 30 },
    resume: {},
    getPrefs: {},
    setPrefs: { patch: { workIntervalMin: 45 } },
    resetPrefs: {},
    getNotices: {},
    dismissNotices: {},
    deleteAllData: {},
    testReminder: {},
  };
  // What can arrive over runtime messaging: JSON-like data (Chrome serialises messages as JSON).
  const hostile = fc.oneof(
    fc.constantFrom(...BAD_NUMBERS.filter((v) => typeof v !== 'bigint' && !(v instanceof Date))),
    fc.string({ maxLength: 40 }),
    fc.constantFrom('x'.repeat(1_000_000), '\u202e\u0000'),
    fc.integer({ min: 10, max: 5000 }).map(nested),
    fc.jsonValue({ maxDepth: 3 }),
  );
  const type = fc.constantFrom(...REQUEST_TYPES);
  const notOne = hostile.filter((v) => v !== 1);
  const strangeType = fc.oneof(
    hostile.filter((v) => !(REQUEST_TYPES as unknown[]).includes(v)),
    fc.constantFrom(
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
      'GETSTATUS',
      'getStatus ',
      'x'.repeat(10_000),
    ),
  );
  /** A payload that breaks its type's shape: an extra key, a missing or wrong field, or no object at all. */
  const badPayload = (t: RequestType) =>
    fc.oneof(
      fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), hostile).map(([k, v]) => {
        const payload = { ...VALID[t] } as Record<string, unknown>;
        const key = Object.hasOwn(payload, k) || k === '__proto__' ? `${k}_extra` : k;
        return { ...payload, [key]: v };
      }),
      fc.constant(jsonProto({ polluted: true })).map((p) => ({ ...VALID[t], ...p })),
      hostile.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
      ...(Object.keys(VALID[t]).length > 0
        ? [
            fc.constant({}),
            hostile.filter((v) => !isValidField(t, v)).map((v) => ({ [Object.keys(VALID[t])[0] as string]: v })),
          ]
        : []),
    );
  const envelopes = fc.oneof(
    hostile,
    fc.record({ limber: notOne, type, payload: fc.constant({}) }),
    fc.record({ limber: fc.constant(1), type: strangeType, payload: fc.constant({}) }),
    fc.record({ limber: fc.constant(1), type }, { requiredKeys: ['limber', 'type'] }),
    type.chain((t) => fc.record({ limber: fc.constant(1), type: fc.constant(t), payload: badPayload(t) })),
  );
  const samples = fc.sample(envelopes, { seed: SEED, numRuns: 200 });

  test(`at least 50 generated envelopes (${samples.length})`, () => expect(samples.length).toBeGreaterThanOrEqual(50));

  test('each is refused with a clear reason', () => {
    for (const message of samples) {
      const parsed = parseEnvelope(message);
      expect(parsed.ok, JSON.stringify(message)?.slice(0, 120)).toBe(false);
      // Printable except for the echoed request type: see the known issue below.
      if (!parsed.ok) expectClear(parsed.error, false);
    }
    unpolluted();
  });

  // Known issue (reported, not fixed here): parseEnvelope echoes an unknown type's first 40
  // characters as they are, control and bidi characters included (prefsFile.ts's quote() strips
  // them). Only the sending Limber page sees the reply. This flips to a failure once fixed.
  test('an unknown type is echoed without control or bidi characters', () => {
    const parsed = parseEnvelope({ limber: 1, type: '\u202e\u0000evil', payload: {} });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).not.toMatch(UNPRINTABLE);
  });

  test('the generators are not vacuous: each valid envelope is accepted', () => {
    for (const t of REQUEST_TYPES) expect(parseEnvelope({ limber: 1, type: t, payload: VALID[t] }).ok).toBe(true);
  });
});

/** The one field of each type with a field, as the protocol defines it (for the generator only). */
function isValidField(t: RequestType, v: unknown): boolean {
  const whole = (min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  if (t === 'snooze') return whole(1, 120);
  if (t === 'pause') return whole(1, 24 * 60);
  if (t === 'finishBreak') return typeof v === 'boolean';
  if (t === 'setPrefs')
    return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
  return false;
}

describe('messages through the background router: state unchanged', () => {
  const OWN_PAGE = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('src/ui/popup/popup.html') });

  beforeEach(() => resetFakes());

  async function startWorker() {
    await import('../../src/background/main.ts');
    return (await import('../../src/background/router.ts')).route;
  }

  /** Every store's keys and values, read straight from IndexedDB. */
  async function snapshot() {
    const db = await openLimberDb(globalThis.indexedDB);
    const stores = ['prefs', 'state', 'history', 'checklist', 'meta'] as const;
    const out: Record<string, unknown> = {};
    for (const store of stores) out[store] = [await db.getAllKeys(store), await db.getAll(store)];
    db.close();
    return out;
  }

  test('hostile messages from a Limber page and valid ones from foreign senders are refused', async () => {
    const route = await startWorker();
    // Some real state first, so "unchanged" means something.
    await route({ limber: 1, type: 'setPrefs', payload: { patch: { workIntervalMin: 45 } } }, OWN_PAGE());
    await route({ limber: 1, type: 'snooze', payload: { minutes: 5 } }, OWN_PAGE());
    const before = await snapshot();

    const hostile = fc
      .sample(
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.record({
            limber: fc.constant(1),
            type: fc.constantFrom(...REQUEST_TYPES),
            payload: fc.jsonValue({ maxDepth: 2 }),
          }),
        ),
        { seed: SEED, numRuns: 80 },
      )
      .filter((m) => !parseEnvelope(m).ok);
    expect(hostile.length).toBeGreaterThanOrEqual(50);
    for (const message of hostile) {
      const reply = await route(message, OWN_PAGE());
      expect(reply.ok).toBe(false);
      if (!reply.ok) expectClear(reply.error, false);
    }

    const id = fakeBrowser.runtime.id;
    const foreign = [
      { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' },
      { id, url: 'https://evil.example/' },
      { id, url: undefined },
      { id: undefined, url: fakeBrowser.runtime.getURL('src/ui/popup/popup.html') },
      { id, url: `https://evil.example/${fakeBrowser.runtime.getURL('')}` },
      {},
    ];
    for (const sender of foreign) {
      for (const message of [
        { limber: 1, type: 'skip', payload: {} },
        { limber: 1, type: 'resetPrefs', payload: {} },
        { limber: 1, type: 'setPrefs', payload: { patch: { workIntervalMin: 5 } } },
        { limber: 1, type: 'pause', payload: { untilTomorrow: true } },
      ]) {
        const reply = await route(message, sender as never);
        expect(reply).toEqual({ ok: false, error: 'Refused: the sender is not a Limber page.' });
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  test('a well-formed setPrefs with bad values answers with field errors and saves nothing', async () => {
    const route = await startWorker();
    await route({ limber: 1, type: 'getStatus', payload: {} }, OWN_PAGE());
    const before = await snapshot();
    for (const [key, value] of MATRIX.filter((_, i) => i % 7 === 0)) {
      if (typeof value === 'bigint' || value instanceof Date || value === undefined) continue;
      const reply = await route({ limber: 1, type: 'setPrefs', payload: { patch: { [key]: value } } }, OWN_PAGE());
      expect(reply.ok).toBe(true);
      const data = reply.ok ? (reply.data as { saved: boolean; errors?: { message: string }[] }) : null;
      expect(data?.saved, key).toBe(false);
      for (const e of data?.errors ?? []) expectClear(e.message);
    }
    expect(await snapshot()).toEqual(before);
  });
});
