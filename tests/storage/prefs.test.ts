import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, PREFS_VERSION, type Prefs } from '../../src/core/settings.ts';
import { readNotices } from '../../src/storage/stores/meta.ts';
import { loadPrefs, PrefsValidationError, repairPrefsRecord, savePrefs } from '../../src/storage/stores/prefs.ts';
import { freshDb, getRaw, NOW, putRaw } from './dbFixture.ts';

const stored = (prefs: unknown, version: unknown = PREFS_VERSION) => ({ version, prefs });

describe('loadPrefs', () => {
  it('gives the defaults on a fresh profile, with nothing to report and nothing written', async () => {
    const { db } = await freshDb();
    expect(await loadPrefs(db, NOW)).toEqual({ prefs: DEFAULTS, repaired: [] });
    expect(await getRaw(db, 'prefs', 'prefs')).toBeUndefined();
    expect(await readNotices(db)).toEqual([]);
  });

  it('round-trips saved preferences', async () => {
    const { db } = await freshDb();
    const mine: Prefs = { ...structuredClone(DEFAULTS), workIntervalMin: 50, reminderStyle: 'window', chime: true };
    mine.workingHours[3] = { on: true, start: 480, end: 960 };
    expect(await savePrefs(db, mine)).toEqual(mine);
    expect(await loadPrefs(db, NOW)).toEqual({ prefs: mine, repaired: [] });
  });

  const corrupt: [string, unknown, string[]][] = [
    ['a record that is a string', 'garbage', ['(root)']],
    ['a record that is null', null, ['(root)']],
    ['prefs that are an array', stored([1, 2, 3]), ['(root)']],
    ['a missing version', { prefs: DEFAULTS }, ['version']],
    ['NaN', stored({ ...DEFAULTS, workIntervalMin: Number.NaN }), ['workIntervalMin']],
    ['a negative number', stored({ ...DEFAULTS, breakLengthMin: -2 }), ['breakLengthMin']],
    ['a number as a string', stored({ ...DEFAULTS, idleThresholdSec: '60' }), ['idleThresholdSec']],
    ['Infinity', stored({ ...DEFAULTS, maxHoldMin: Number.POSITIVE_INFINITY }), ['maxHoldMin']],
    ['an unknown enum value', stored({ ...DEFAULTS, reminderStyle: 'popup' }), ['reminderStyle']],
    ['an extra field', stored({ ...DEFAULTS, theme: 'dark' }), ['theme']],
    ['a broken weekday', stored({ ...DEFAULTS, workingHours: [1, 2] }), ['workingHours']],
  ];

  it.each(corrupt)('repairs %s, writes the repair back and leaves a notice', async (_name, record, fields) => {
    const { db } = await freshDb();
    await putRaw(db, 'prefs', record, 'prefs');
    const { prefs, repaired } = await loadPrefs(db, NOW);
    expect(repaired.map((e) => e.field)).toEqual(fields);
    expect(prefs).toEqual(DEFAULTS);
    expect(await getRaw(db, 'prefs', 'prefs')).toEqual({ version: PREFS_VERSION, prefs: DEFAULTS });
    const notices = await readNotices(db);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.at).toBe(NOW);
    expect(notices[0]?.message).toMatch(/preferences were damaged/);
    for (const field of fields) expect(notices[0]?.message).toContain(field);
    // Repaired once: the next read is clean and adds nothing.
    expect((await loadPrefs(db, NOW + 1)).repaired).toEqual([]);
    expect(await readNotices(db)).toHaveLength(1);
  });

  it('keeps the good fields and fills missing ones field by field', async () => {
    const { db } = await freshDb();
    const { snoozeLimit: _gone, ...rest } = DEFAULTS;
    await putRaw(db, 'prefs', stored({ ...rest, workIntervalMin: 45, chime: 'yes', dailyBreakGoal: 8 }), 'prefs');
    const { prefs, repaired } = await loadPrefs(db, NOW);
    expect(repaired.map((e) => [e.field, e.code])).toEqual([['chime', 'notBool']]);
    expect(prefs).toEqual({ ...DEFAULTS, workIntervalMin: 45, dailyBreakGoal: 8 });
    expect(await readNotices(db)).toHaveLength(1);
  });

  it('fills a missing field with its default without calling it damage (a preference added by an update)', async () => {
    const { db } = await freshDb();
    const { snoozeLimit: _gone, ...older } = DEFAULTS;
    await putRaw(db, 'prefs', stored({ ...older, workIntervalMin: 45 }), 'prefs');
    expect(await loadPrefs(db, NOW)).toEqual({ prefs: { ...DEFAULTS, workIntervalMin: 45 }, repaired: [] });
    expect(await readNotices(db)).toEqual([]);
  });

  it('repairs a natural break shorter than the break (a cross-field rule)', async () => {
    const { db } = await freshDb();
    await putRaw(db, 'prefs', stored({ ...DEFAULTS, breakLengthMin: 10, naturalBreakMin: 3 }), 'prefs');
    const { prefs, repaired } = await loadPrefs(db, NOW);
    expect(repaired.map((e) => e.code)).toEqual(['naturalBelowBreak']);
    expect(prefs.naturalBreakMin).toBeGreaterThanOrEqual(prefs.breakLengthMin);
  });

  it('never throws on any stored value', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const { prefs } = repairPrefsRecord(raw);
        expect(Object.keys(prefs).sort()).toEqual(Object.keys(DEFAULTS).sort());
      }),
    );
  });
});

describe('savePrefs', () => {
  it('refuses invalid values with every bad field named, leaving the stored record unchanged', async () => {
    const { db } = await freshDb();
    const good = { ...DEFAULTS, workIntervalMin: 40 };
    await savePrefs(db, good);
    const bad = { ...good, workIntervalMin: 2, chime: 'loud', extra: 1 };
    const error = await savePrefs(db, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrefsValidationError);
    expect((error as PrefsValidationError).errors.map((e) => e.field).sort()).toEqual([
      'chime',
      'extra',
      'workIntervalMin',
    ]);
    expect((error as Error).message).toMatch(/workIntervalMin must be from 5 to 240 minutes/);
    expect(await getRaw(db, 'prefs', 'prefs')).toEqual({ version: PREFS_VERSION, prefs: good });
  });

  it('refuses a non-object and a partial object', async () => {
    const { db } = await freshDb();
    await expect(savePrefs(db, 42)).rejects.toThrow(/must be an object/);
    await expect(savePrefs(db, { chime: true })).rejects.toThrow(/is missing/);
    expect(await getRaw(db, 'prefs', 'prefs')).toBeUndefined();
  });
});
