import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { initialState } from '../../src/core/schedulerState.ts';
import { DEFAULTS } from '../../src/core/settings.ts';
import { openLimberDb } from '../../src/storage/open.ts';
import { commitStep } from '../../src/storage/operations/commitStep.ts';
import { DB_NAME } from '../../src/storage/schema.ts';
import { loadChecklist, setChecklistItem } from '../../src/storage/stores/checklist.ts';
import { addNotice, readNotices } from '../../src/storage/stores/meta.ts';
import { loadPrefs, savePrefs } from '../../src/storage/stores/prefs.ts';
import { DB_VERSION, UPGRADE_STEPS, type UpgradeStep } from '../../src/storage/upgrades.ts';
import { freshDb, NOW } from './dbFixture.ts';

const STORES = ['archive', 'checklist', 'days', 'history', 'meta', 'prefs', 'state'];

async function writeV1Fixture(db: Awaited<ReturnType<typeof openLimberDb>>) {
  await savePrefs(db, { ...DEFAULTS, workIntervalMin: 45 });
  await commitStep(db, initialState(NOW), [
    { kind: 'taken', at: NOW, durationMs: 120_000 },
    { kind: 'active', day: '2025-05-14', ms: 600_000 },
  ]);
  await setChecklistItem(db, 'monitor-height', true, NOW);
  await addNotice(db, 'hello', NOW);
}

async function expectV1Fixture(db: Awaited<ReturnType<typeof openLimberDb>>) {
  expect((await loadPrefs(db, NOW)).prefs.workIntervalMin).toBe(45);
  expect(await db.getAllKeys('history')).toEqual(['active:2025-05-14', `taken:${NOW}`]);
  expect(await loadChecklist(db, NOW)).toEqual({ 'monitor-height': { checked: true, at: NOW } });
  expect(await readNotices(db)).toEqual([{ at: NOW, message: 'hello' }]);
}

describe('openLimberDb', () => {
  it('creates every store and the day index on a fresh profile', async () => {
    const { db } = await freshDb();
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(STORES);
    const tx = db.transaction(['history', 'checklist', 'prefs']);
    expect(tx.objectStore('history').keyPath).toBe('id');
    expect([...tx.objectStore('history').indexNames]).toEqual(['day']);
    expect(tx.objectStore('history').index('day').keyPath).toBe('day');
    expect(tx.objectStore('checklist').keyPath).toBe('id');
    expect(tx.objectStore('prefs').keyPath).toBeNull();
    await tx.done;
  });

  it('builds every store over an empty database that another opener created at version 1', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open(DB_NAME);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const { db } = await freshDb(factory);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(STORES);
  });

  it('keeps everything across close and reopen', async () => {
    const factory = new IDBFactory();
    const first = await openLimberDb(factory);
    await writeV1Fixture(first);
    first.close();
    const { db } = await freshDb(factory);
    await expectV1Fixture(db);
  });

  it('runs a future v2 step over a v1 profile without losing a v1 record', async () => {
    const factory = new IDBFactory();
    const v1 = await openLimberDb(factory);
    await writeV1Fixture(v1);
    v1.close();
    const v2: UpgradeStep = (db, tx) => {
      (db as unknown as IDBPDatabase).createObjectStore('streaks', { keyPath: 'day' });
      (tx.objectStore('history') as unknown as IDBObjectStore).createIndex('kind', 'kind');
    };
    const { db } = await freshDb(factory, { steps: [...UPGRADE_STEPS, v2] });
    expect(db.version).toBe(DB_VERSION + 1);
    expect([...db.objectStoreNames].sort()).toEqual([...STORES, 'streaks'].sort());
    await expectV1Fixture(db);
    const taken = await (db as unknown as IDBPDatabase).getAllFromIndex('history', 'kind', 'taken');
    expect(taken.map((r) => r.id)).toEqual([`taken:${NOW}`]);
  });

  it('leaves a v1 profile at v1 with its data when a v2 step throws', async () => {
    const factory = new IDBFactory();
    const v1 = await openLimberDb(factory);
    await writeV1Fixture(v1);
    v1.close();
    const broken: UpgradeStep = (db) => {
      (db as unknown as IDBPDatabase).createObjectStore('streaks');
      throw new Error('boom');
    };
    await expect(openLimberDb(factory, { steps: [...UPGRADE_STEPS, broken] })).rejects.toThrow(/upgrade failed/);
    const { db } = await freshDb(factory);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(STORES);
    await expectV1Fixture(db);
  });

  it('closes an old connection when a newer version opens, instead of blocking it', async () => {
    const factory = new IDBFactory();
    const onClosed = vi.fn();
    const old = await openLimberDb(factory, { onClosed });
    const v2: UpgradeStep = (db) => {
      (db as unknown as IDBPDatabase).createObjectStore('streaks');
    };
    const { db } = await freshDb(factory, { steps: [...UPGRADE_STEPS, v2] });
    expect(db.version).toBe(DB_VERSION + 1);
    expect(onClosed).toHaveBeenCalledWith('versionchange');
    expect(() => old.transaction('prefs')).toThrow();
  });
});
