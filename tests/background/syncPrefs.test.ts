/**
 * Preferences through storage.sync: the pure rules (newest wins, what is mirrored) and the
 * background against a fake browser (push on save, pull from another browser, off switch, quota
 * and rate errors that lose nothing).
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { readPolicy } from '../../src/core/managedPolicy.ts';
import { DEFAULTS, type Prefs } from '../../src/core/settings.ts';
import { readSynced, reconcile, syncPayload } from '../../src/core/syncedPrefs.ts';
import { classifySyncError } from '../../src/platform/syncPrefs.ts';
import { fakeBrowser, idleFake, resetFakes } from './fakeBrowser.ts';
import { failSyncWrites, syncedItem, syncFromElsewhere } from './storageAreaFakes.ts';

vi.mock('../../src/platform/browser.ts', async () => ({ default: (await import('./fakeBrowser.ts')).fakeBrowser }));

const OWN_PAGE = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('src/ui/options/options.html') };
const NO_POLICY = readPolicy(undefined);
const prefs = (patch: Partial<Prefs> = {}): Prefs => ({ ...structuredClone(DEFAULTS), ...patch });

describe('sync rules (pure)', () => {
  test('newest change wins; equal stamps and sync off do nothing', () => {
    const remote = readSynced({ v: 1, changedAt: 200, prefs: { workIntervalMin: 50 } });
    expect(reconcile(prefs(), 100, remote, NO_POLICY)).toEqual({
      action: 'apply',
      prefs: prefs({ workIntervalMin: 50 }),
      changedAt: 200,
    });
    expect(reconcile(prefs(), 300, remote, NO_POLICY)).toEqual({ action: 'push' });
    expect(reconcile(prefs(), 200, remote, NO_POLICY)).toEqual({ action: 'none', why: 'same' });
    expect(reconcile(prefs({ syncPrefs: false }), 100, remote, NO_POLICY)).toEqual({ action: 'none', why: 'off' });
    expect(reconcile(prefs(), 0, null, NO_POLICY)).toEqual({ action: 'none', why: 'same' });
    expect(reconcile(prefs(), 5, null, NO_POLICY)).toEqual({ action: 'push' });
  });

  test('a synced item is read field by field; the switch and unknown or bad fields are left out', () => {
    expect(
      readSynced({ v: 1, changedAt: 5, prefs: { syncPrefs: false, chime: true, workIntervalMin: -3, future: 1 } }),
    ).toEqual({ v: 1, changedAt: 5, prefs: { chime: true } });
    expect(readSynced({ v: 2, changedAt: 5, prefs: {} })).toBeNull();
    expect(readSynced({ v: 1, changedAt: 'now', prefs: {} })).toBeNull();
    expect(readSynced(undefined)).toBeNull();
  });

  test('an incoming field that breaks the cross-field rule with a local one is reconciled, not refused', () => {
    const remote = readSynced({ v: 1, changedAt: 9, prefs: { breakLengthMin: 20 } });
    expect(reconcile(prefs({ naturalBreakMin: 5 }), 1, remote, NO_POLICY)).toMatchObject({
      action: 'apply',
      prefs: { breakLengthMin: 20, naturalBreakMin: 20 },
    });
  });

  test('locked fields are neither mirrored out nor taken in', () => {
    const policy = readPolicy({ workIntervalMin: { value: 45, locked: true } });
    const payload = syncPayload(prefs({ workIntervalMin: 45, chime: true }), 7, policy);
    expect(payload.prefs).not.toHaveProperty('workIntervalMin');
    expect(payload.prefs).not.toHaveProperty('syncPrefs');
    expect(payload).toMatchObject({ v: 1, changedAt: 7, prefs: { chime: true } });
    const remote = readSynced({ v: 1, changedAt: 9, prefs: { workIntervalMin: 20, chime: false } });
    const decision = reconcile(prefs({ workIntervalMin: 45 }), 1, remote, policy);
    expect(decision).toMatchObject({ action: 'apply', prefs: { workIntervalMin: 45, chime: false } });
  });

  test('Chrome and Firefox sync errors are told apart', () => {
    expect(classifySyncError(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe('quota');
    expect(classifySyncError(new Error('QUOTA_BYTES quota exceeded'))).toBe('quota');
    expect(classifySyncError(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'))).toBe('rate');
    expect(classifySyncError(new Error('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded'))).toBe('rate');
    expect(
      classifySyncError(
        new DOMException('storage.sync API call exceeded its quota limitations.', 'QuotaExceededError'),
      ),
    ).toBe('quota');
    expect(classifySyncError(new Error('Sync is disabled'))).toBe('failed');
  });
});

async function startWorker() {
  await import('../../src/background/main.ts');
  const { route } = await import('../../src/background/router.ts');
  const ask = async (type: string, payload: object = {}) => route({ limber: 1, type, payload }, OWN_PAGE);
  const current = async () => {
    const view = await ask('getPrefs');
    if (!view.ok) throw new Error(view.error);
    return (view.data as { prefs: Prefs }).prefs;
  };
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('limber-wake')).toBeDefined());
  return { ask, current };
}

async function notices() {
  const { readNotices } = await import('../../src/storage/stores/meta.ts');
  const { database } = await import('../../src/background/database.ts');
  return (await readNotices(await database())).map((n) => n.message);
}

beforeEach(() => resetFakes());

describe('sync in the background', () => {
  test('a local save is pushed with its time, without the switch', async () => {
    const { ask } = await startWorker();
    const before = Date.now();
    await ask('setPrefs', { patch: { workIntervalMin: 40 } });
    const item = await syncedItem();
    expect(item?.prefs).toMatchObject({ workIntervalMin: 40 });
    expect(item?.prefs).not.toHaveProperty('syncPrefs');
    expect(item?.changedAt).toBeGreaterThanOrEqual(before);
  });

  test('a newer change from another browser is applied and re-plans the schedule; an older one is not', async () => {
    const { ask, current } = await startWorker();
    await ask('setPrefs', { patch: { chime: true } });
    await syncFromElsewhere({ ...DEFAULTS, idleThresholdSec: 90, syncPrefs: undefined }, Date.now() + 10_000);
    await vi.waitFor(async () => expect((await current()).idleThresholdSec).toBe(90));
    expect((await current()).chime).toBe(false);
    expect(idleFake.interval).toBe(90);
    await syncFromElsewhere({ idleThresholdSec: 30 }, 1);
    await new Promise((done) => setTimeout(done, 50));
    expect((await current()).idleThresholdSec).toBe(90);
  });

  test('a second browser adopts the synced preferences at install', async () => {
    await fakeBrowser.storage.sync.set({ limberPrefs: { v: 1, changedAt: 1_000, prefs: { dailyBreakGoal: 11 } } });
    const { current } = await startWorker();
    await vi.waitFor(async () => expect((await current()).dailyBreakGoal).toBe(11));
  });

  test('with sync off nothing is pushed or taken; turning it on adopts a newer synced change', async () => {
    const { ask, current } = await startWorker();
    await ask('setPrefs', { patch: { syncPrefs: false } });
    await ask('setPrefs', { patch: { workIntervalMin: 35 } });
    expect(await syncedItem()).toBeUndefined();
    await syncFromElsewhere({ workIntervalMin: 55 }, Date.now() + 10_000);
    await new Promise((done) => setTimeout(done, 50));
    expect((await current()).workIntervalMin).toBe(35);
    await ask('setPrefs', { patch: { syncPrefs: true } });
    await vi.waitFor(async () => expect((await current()).workIntervalMin).toBe(55));
    expect((await current()).syncPrefs).toBe(true);
  });

  test('a quota error keeps the local save, tells the user once, and the next start-up pushes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { ask, current } = await startWorker();
    const quota = failSyncWrites('QUOTA_BYTES_PER_ITEM quota exceeded');
    const reply = await ask('setPrefs', { patch: { workIntervalMin: 42 } });
    expect(reply.ok && (reply.data as { saved: boolean }).saved).toBe(true);
    expect((await current()).workIntervalMin).toBe(42);
    expect(quota.calls).toBe(1);
    expect(await notices()).toEqual([
      'Your preferences could not be copied to your other browsers (their shared storage is full). They are saved on this device.',
    ]);
    quota.restore();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect((await syncedItem())?.prefs.workIntervalMin).toBe(42));
    warn.mockRestore();
  });

  test('a rate-limit error keeps the local save quietly; the next save catches up', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { ask, current } = await startWorker();
    const rate = failSyncWrites('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    await ask('setPrefs', { patch: { workIntervalMin: 41 } });
    expect((await current()).workIntervalMin).toBe(41);
    expect(await notices()).toEqual([]);
    expect(warn).toHaveBeenCalledWith('Limber: preferences not copied to sync storage (rate); kept on this device');
    rate.restore();
    await ask('setPrefs', { patch: { chime: true } });
    expect((await syncedItem())?.prefs).toMatchObject({ workIntervalMin: 41, chime: true });
    warn.mockRestore();
  });
});
