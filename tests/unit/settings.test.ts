/** Preference validation: strict for writes and imports, field-by-field repair for stored records. */
import { describe, expect, test } from 'vitest';
import { applyPatch, checkField, DEFAULTS, type Prefs, repairPrefs, validatePrefs } from '../../src/core/settings.ts';

const errorsOf = (input: unknown) => {
  const result = validatePrefs(input);
  return result.ok ? [] : result.errors.map((e) => `${e.field}: ${e.code}: ${e.message}`);
};
const withField = (key: string, value: unknown) => ({ ...structuredClone(DEFAULTS), [key]: value });

describe('settings: validatePrefs', () => {
  test('the defaults are valid and come back as a copy', () => {
    const result = validatePrefs(DEFAULTS);
    expect(result).toEqual({ ok: true, value: DEFAULTS });
    expect(result.ok && result.value).not.toBe(DEFAULTS);
  });

  test.each([
    [0, 'range: must be from 5 to 240 minutes'],
    [-5, 'range: must be from 5 to 240 minutes'],
    [1e9, 'range: must be from 5 to 240 minutes'],
    ['abc', 'notNumber: must be a number of minutes'],
    ['', 'notNumber: must be a number of minutes'],
    ['30', 'notNumber: must be a number of minutes'],
    [Number.NaN, 'notNumber: must be a number of minutes'],
    [null, 'notNumber: must be a number of minutes'],
    [2.5, 'notWhole: must be a whole number of minutes'],
    [Number.POSITIVE_INFINITY, 'notWhole: must be a whole number of minutes'],
  ])('workIntervalMin = %s is refused with a reason', (value, message) => {
    expect(errorsOf(withField('workIntervalMin', value))).toEqual([`workIntervalMin: ${message}`]);
  });

  test('range edges are inclusive, per field and unit', () => {
    expect(errorsOf(withField('workIntervalMin', 5))).toEqual([]);
    expect(errorsOf(withField('workIntervalMin', 240))).toEqual([]);
    expect(errorsOf(withField('idleThresholdSec', 14))).toEqual([
      'idleThresholdSec: range: must be from 15 to 600 seconds',
    ]);
    expect(errorsOf(withField('snoozeLimit', 0))).toEqual([]);
    expect(errorsOf(withField('snoozeLimit', 11))).toEqual(['snoozeLimit: range: must be from 0 to 10 snoozes']);
  });

  test('booleans, enums: no truthy strings or numbers', () => {
    expect(errorsOf(withField('chime', 'true'))).toEqual(['chime: notBool: must be true or false']);
    expect(errorsOf(withField('chime', 1))).toEqual(['chime: notBool: must be true or false']);
    expect(errorsOf(withField('chime', null))).toEqual(['chime: notBool: must be true or false']);
    expect(errorsOf(withField('reminderStyle', 'popup'))).toEqual([
      'reminderStyle: notOneOf: must be one of: notification, window',
    ]);
    expect(errorsOf(withField('reminderStyle', ''))).toHaveLength(1);
  });

  test('working hours: seven days, Sunday first, start before end, within the day', () => {
    const hours = (patch: unknown[]) => errorsOf(withField('workingHours', patch));
    const day = { on: true, start: 540, end: 1050 };
    expect(hours([day, day, day, day, day, day])).toEqual(['workingHours: hours: must list 7 weekdays, Sunday first']);
    expect(hours([day, day, { ...day, start: 1050 }, day, day, day, day])).toEqual([
      'workingHours: hours: Tuesday: the start must be before the end',
    ]);
    expect(hours([{ ...day, end: 1441 }, day, day, day, day, day, day])).toEqual([
      'workingHours: hours: Sunday: "end" must be a whole number of minutes from 0 to 1440',
    ]);
    expect(hours([day, day, day, day, day, day, { ...day, on: 'yes' }])).toEqual([
      'workingHours: hours: Saturday: "on" must be true or false',
    ]);
    expect(hours([day, day, day, null, day, day, day])).toEqual([
      'workingHours: hours: Wednesday: must be an object with on, start and end',
    ]);
    expect(errorsOf(withField('workingHours', 'weekdays'))).toHaveLength(1);
  });

  test('missing and extra fields are errors, each named', () => {
    const { snoozeLimit: _, ...missing } = DEFAULTS;
    expect(errorsOf(missing)).toEqual(['snoozeLimit: missing: is missing']);
    expect(errorsOf({ ...DEFAULTS, theme: 'dark' })).toEqual(['theme: unknownField: is not a Limber preference']);
    expect(errorsOf({})).toHaveLength(Object.keys(DEFAULTS).length);
  });

  test('not an object at all: null, an array, a string, a Date', () => {
    for (const input of [null, undefined, [], 'prefs', 42, new Date()]) {
      expect(errorsOf(input)).toEqual(['(root): notObject: must be an object']);
    }
  });

  test('a __proto__ key from JSON is an unknown field and pollutes nothing', () => {
    const input = JSON.parse(`{"__proto__": {"workIntervalMin": 1, "polluted": true}, "workIntervalMin": 30}`);
    const full = { ...structuredClone(DEFAULTS), ...input };
    expect(errorsOf(full)).toEqual(['__proto__: unknownField: is not a Limber preference']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('an object without a prototype is accepted like a literal', () => {
    const bare = Object.assign(Object.create(null), structuredClone(DEFAULTS));
    expect(validatePrefs(bare).ok).toBe(true);
  });

  test('cross-field: the natural break must be at least the break length', () => {
    expect(errorsOf({ ...DEFAULTS, breakLengthMin: 10, naturalBreakMin: 5 })).toEqual([
      'naturalBreakMin: naturalBelowBreak: must be at least the break length',
    ]);
    expect(errorsOf({ ...DEFAULTS, breakLengthMin: 10, naturalBreakMin: 10 })).toEqual([]);
    // Field errors come first; the cross-field rule is only judged on valid fields.
    expect(errorsOf({ ...DEFAULTS, breakLengthMin: 'x', naturalBreakMin: 1 })).toEqual([
      'breakLengthMin: notNumber: must be a number of minutes',
    ]);
  });

  test('errors carry a code and substitutions for the localised message', () => {
    expect(checkField('maxHoldMin', 0)).toEqual({
      field: 'maxHoldMin',
      code: 'range',
      subs: ['1', '120'],
      message: 'must be from 1 to 120 minutes',
    });
    expect(checkField('maxHoldMin', 30)).toBeNull();
  });
});

describe('settings: applyPatch', () => {
  test('a valid patch changes only its fields', () => {
    const result = applyPatch(DEFAULTS, { workIntervalMin: 45, chime: true });
    expect(result).toEqual({ ok: true, value: { ...DEFAULTS, workIntervalMin: 45, chime: true } });
    expect(applyPatch(DEFAULTS, {})).toEqual({ ok: true, value: DEFAULTS });
  });

  test('a bad value, an unknown field or a non-object is refused and nothing changes', () => {
    const current: Prefs = structuredClone(DEFAULTS);
    const bad = applyPatch(current, { workIntervalMin: -5, extra: 1 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.map((e) => e.field)).toEqual(['extra', 'workIntervalMin']);
    expect(current).toEqual(DEFAULTS);
    for (const patch of [null, 'x', [1], 7]) {
      expect(applyPatch(current, patch)).toEqual({
        ok: false,
        errors: [{ field: '(root)', code: 'notObject', subs: [], message: 'must be an object' }],
      });
    }
  });

  test('a JSON __proto__ patch is refused, not merged into the prototype', () => {
    const patch = JSON.parse('{"__proto__": {"workIntervalMin": 1}}');
    const result = applyPatch(DEFAULTS, patch);
    expect(!result.ok && result.errors.map((e) => `${e.field}: ${e.code}`)).toEqual(['__proto__: unknownField']);
    expect(Object.getPrototypeOf(DEFAULTS)).toBe(Object.prototype);
  });

  test('cross-field: shortening the natural break below the break length is refused', () => {
    const result = applyPatch({ ...DEFAULTS, breakLengthMin: 5 }, { naturalBreakMin: 4 });
    expect(!result.ok && result.errors.map((e) => e.code)).toEqual(['naturalBelowBreak']);
  });
});

describe('settings: repairPrefs', () => {
  test('good fields are kept, bad and missing ones fall back to the default and bad ones are reported', () => {
    const { prefs, repaired } = repairPrefs({ workIntervalMin: 45, snoozeLimit: 'abc', chime: null, theme: 'x' });
    expect(prefs).toEqual({ ...DEFAULTS, workIntervalMin: 45 });
    expect(repaired.map((e) => `${e.field}: ${e.code}`)).toEqual(['snoozeLimit: notNumber', 'chime: notBool']);
  });

  test.each([[0], [-5], ['abc'], [1e9], [Number.NaN], [''], [null]])('workIntervalMin = %s is repaired', (value) => {
    const { prefs, repaired } = repairPrefs(withField('workIntervalMin', value));
    expect(prefs.workIntervalMin).toBe(30);
    expect(repaired.map((e) => e.field)).toEqual(['workIntervalMin']);
  });

  test('not an object: all defaults, reported once', () => {
    for (const input of [null, 'corrupt', [1, 2]]) {
      expect(repairPrefs(input)).toEqual({
        prefs: DEFAULTS,
        repaired: [{ field: '(root)', code: 'notObject', subs: [], message: 'must be an object' }],
      });
    }
  });

  test('a __proto__ key is ignored and the result has an ordinary prototype', () => {
    const { prefs, repaired } = repairPrefs(JSON.parse('{"__proto__": {"chime": true}, "chime": false}'));
    expect(prefs).toEqual(DEFAULTS);
    expect(repaired).toEqual([]);
    expect(Object.getPrototypeOf(prefs)).toBe(Object.prototype);
  });

  test('cross-field: a natural break below the break length is raised to it', () => {
    const { prefs, repaired } = repairPrefs({ ...DEFAULTS, breakLengthMin: 10, naturalBreakMin: 3 });
    expect([prefs.breakLengthMin, prefs.naturalBreakMin]).toEqual([10, 10]);
    expect(repaired.map((e) => e.code)).toEqual(['naturalBelowBreak']);
    expect(repairPrefs({ ...DEFAULTS, breakLengthMin: 2, naturalBreakMin: 1 }).prefs.naturalBreakMin).toBe(5);
  });

  test('the repaired prefs share nothing with the input or the defaults', () => {
    const input = structuredClone(DEFAULTS);
    const { prefs } = repairPrefs(input);
    expect(prefs.workingHours).not.toBe(input.workingHours);
    expect(prefs.workingHours).not.toBe(DEFAULTS.workingHours);
    prefs.workingHours[1] = { on: false, start: 0, end: 1 };
    expect(DEFAULTS.workingHours[1]?.on).toBe(true);
  });
});
