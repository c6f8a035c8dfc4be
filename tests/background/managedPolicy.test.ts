/**
 * Managed policy: the pure reading of a policy, the schema file Chrome validates against, and the
 * background enforcing it (defaults on first run, locks always, refusals, reports) with a fake browser.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { enforce, lockRefusal, readPolicy, startingPrefs } from '../../src/core/managedPolicy.ts';
import { managedSchema } from '../../src/core/managedSchema.ts';
import { DEFAULTS } from '../../src/core/settings.ts';
import { fakeBrowser, idleFake, resetFakes } from './fakeBrowser.ts';
import { managedUnavailable } from './storageAreaFakes.ts';

vi.mock('../../src/platform/browser.ts', async () => ({ default: (await import('./fakeBrowser.ts')).fakeBrowser }));

const OWN_PAGE = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('src/ui/options/options.html') };

describe('readPolicy (pure)', () => {
  test('takes starting values and locked values, one policy per preference', () => {
    const policy = readPolicy({
      dailyBreakGoal: { value: 4 },
      chime: { value: true, locked: false },
      workIntervalMin: { value: 45, locked: true },
      syncPrefs: { value: false, locked: true },
    });
    expect(policy).toEqual({
      defaults: { dailyBreakGoal: 4, chime: true },
      locked: { workIntervalMin: 45, syncPrefs: false },
      problems: [],
    });
    expect(readPolicy({})).toEqual({ defaults: {}, locked: {}, problems: [] });
    expect(readPolicy(undefined)).toEqual({ defaults: {}, locked: {}, problems: [] });
  });

  test('ignores and reports every bad part, keeping the good ones', () => {
    const policy = readPolicy(
      JSON.parse(
        '{"workIntervalMin":{"value":1},"chime":{"value":"yes"},"__proto__":{"value":1},"dailyBreakGoal":{"value":5},' +
          '"reminderStyle":{"value":"popup","locked":true},"badgeCountdown":{"value":false,"locked":true},' +
          '"snoozeLimit":{"value":2,"locked":"yes"},"maxHoldMin":{"locked":true},"headsUp":true,' +
          '"breakInWindow":{"value":true,"lock":true}}',
      ),
    );
    expect(policy.defaults).toEqual({ dailyBreakGoal: 5 });
    expect(policy.locked).toEqual({ badgeCountdown: false });
    expect(policy.problems).toEqual([
      'workIntervalMin.value must be from 5 to 240 minutes; ignored',
      'chime.value must be true or false; ignored',
      '"__proto__" is not a Limber preference; ignored',
      'reminderStyle.value must be one of: notification, window; ignored',
      'snoozeLimit.locked must be true or false; ignored',
      'maxHoldMin has no "value"; ignored',
      'headsUp must be an object with "value" (and "locked"); ignored',
      'breakInWindow."lock" is not understood (use "value" and "locked"); ignored',
    ]);
    expect(Object.getPrototypeOf(policy.defaults)).toBe(Object.prototype);
    expect(readPolicy('lock everything').problems).toEqual(['the policy must be an object; ignored']);
  });

  test('drops a natural-break length below the break length, and enforce keeps the pair valid', () => {
    const policy = readPolicy({
      breakLengthMin: { value: 10, locked: true },
      naturalBreakMin: { value: 5, locked: true },
    });
    expect(policy.locked).toEqual({ breakLengthMin: 10 });
    expect(policy.problems).toEqual(['naturalBreakMin.value must be at least the break length (10); ignored']);
    expect(startingPrefs(policy)).toMatchObject({ breakLengthMin: 10, naturalBreakMin: 10 });
    const lockedNatural = readPolicy({ naturalBreakMin: { value: 3, locked: true } });
    expect(enforce({ ...DEFAULTS, breakLengthMin: 4 }, lockedNatural)).toMatchObject({
      naturalBreakMin: 3,
      breakLengthMin: 3,
    });
  });

  test('refuses changes to locked fields only', () => {
    const policy = readPolicy({
      workIntervalMin: { value: 45, locked: true },
      workingHours: { value: DEFAULTS.workingHours, locked: true },
    });
    expect(lockRefusal({ chime: true }, policy)).toBeNull();
    expect(lockRefusal({ workIntervalMin: 45 }, policy)).toBeNull();
    const reordered = DEFAULTS.workingHours.map(({ on, start, end }) => ({ end, start, on }));
    expect(lockRefusal({ workingHours: reordered }, policy)).toBeNull();
    expect(lockRefusal({ workIntervalMin: 50 }, policy)).toBe(
      'Not saved: workIntervalMin is set by your organisation and cannot be changed.',
    );
  });

  test('managed_schema.json is the schema derived from the preference rules', () => {
    const file = JSON.parse(readFileSync('managed_schema.json', 'utf8'));
    expect(file).toEqual(managedSchema());
    expect(Object.keys(file.properties)).toEqual(Object.keys(DEFAULTS));
    expect(file.properties.workIntervalMin.properties).toEqual({
      value: { type: 'integer', minimum: 5, maximum: 240, description: 'minutes, 5 to 240; built-in default 30' },
      locked: { type: 'boolean' },
    });
  });
});

async function startWorker() {
  await import('../../src/background/main.ts');
  const { route } = await import('../../src/background/router.ts');
  const ask = async (type: string, payload: object = {}) => route({ limber: 1, type, payload }, OWN_PAGE);
  return { ask };
}

async function installed() {
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('limber-wake')).toBeDefined());
}

beforeEach(() => resetFakes());

describe('managed policy in the background', () => {
  test('first run starts from the policy; locked fields are reported and enforced', async () => {
    await fakeBrowser.storage.managed.set({
      dailyBreakGoal: { value: 3 },
      idleThresholdSec: { value: 120, locked: true },
    });
    const { ask } = await startWorker();
    await installed();
    const view = await ask('getPrefs');
    expect(view).toMatchObject({ ok: true, data: { locked: ['idleThresholdSec'] } });
    expect(view.ok && view.data).toMatchObject({ prefs: { dailyBreakGoal: 3, idleThresholdSec: 120 } });
    expect(idleFake.interval).toBe(120);
    expect(await ask('setPrefs', { patch: { idleThresholdSec: 30 } })).toEqual({
      ok: false,
      error: 'Not saved: idleThresholdSec is set by your organisation and cannot be changed.',
    });
    const saved = await ask('setPrefs', { patch: { idleThresholdSec: 120, dailyBreakGoal: 8 } });
    expect(saved.ok && saved.data).toMatchObject({ saved: true, view: { prefs: { dailyBreakGoal: 8 } } });
    const reset = await ask('resetPrefs');
    expect(reset.ok && reset.data).toMatchObject({ prefs: { dailyBreakGoal: 3, idleThresholdSec: 120 } });
  });

  test('an existing user keeps their choices except the locked ones; a policy change applies at once', async () => {
    const { ask } = await startWorker();
    await installed();
    await ask('setPrefs', { patch: { dailyBreakGoal: 9, workIntervalMin: 40 } });
    await fakeBrowser.storage.managed.set({
      dailyBreakGoal: { value: 2 },
      workIntervalMin: { value: 50, locked: true },
    });
    await vi.waitFor(async () => {
      const view = await ask('getPrefs');
      expect(view.ok && view.data).toMatchObject({ prefs: { dailyBreakGoal: 9, workIntervalMin: 50 } });
    });
    const status = await ask('getStatus');
    expect(status.ok && (status.data as { remainingMs: number }).remainingMs).toBeGreaterThan(45 * 60_000);
  });

  test('bad values are ignored, logged, and reported to the user once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.managed.set({
      workIntervalMin: { value: 9999, locked: true },
      chime: { value: true, locked: true },
    });
    const { ask } = await startWorker();
    await installed();
    const view = await ask('getPrefs');
    expect(view.ok && view.data).toMatchObject({ locked: ['chime'], prefs: { chime: true, workIntervalMin: 30 } });
    expect(warn).toHaveBeenCalledWith('Limber: parts of the managed policy were ignored:', [
      'workIntervalMin.value must be from 5 to 240 minutes; ignored',
    ]);
    const { readNotices } = await import('../../src/storage/stores/meta.ts');
    const { database } = await import('../../src/background/database.ts');
    const notices = await readNotices(await database());
    expect(notices.map((n) => n.message)).toEqual([
      "Your organisation's settings for Limber contain values that were ignored: workIntervalMin.value must be from 5 to 240 minutes; ignored",
    ]);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() =>
      expect(warn.mock.calls.filter((c) => String(c[0]).includes('managed policy'))).toHaveLength(2),
    );
    expect(await readNotices(await database())).toHaveLength(1);
    warn.mockRestore();
  });

  test('no policy (Firefox rejects the read) changes nothing and reports nothing', async () => {
    managedUnavailable();
    const { ask } = await startWorker();
    await installed();
    const view = await ask('getPrefs');
    expect(view).toEqual({ ok: true, data: { prefs: DEFAULTS, locked: [], repaired: [] } });
  });
});
