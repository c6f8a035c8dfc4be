/**
 * Schema v1 → v2 (the `days` store). A v1 profile is built with the v1 step alone and filled with
 * records of every v1 store, including odd but valid ones; after the upgrade every record is still
 * there, byte for byte, and the v2 features work on top of it.
 */
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { dailyFigures, emptyDay } from '../../src/core/insights/dailyFigures.ts';
import type { InsightRecord } from '../../src/core/insights/stretchRecord.ts';
import { initialState } from '../../src/core/schedulerState.ts';
import { DEFAULTS } from '../../src/core/settings.ts';
import { openLimberDb } from '../../src/storage/open.ts';
import { commitStep } from '../../src/storage/operations/commitStep.ts';
import { compactHistory } from '../../src/storage/operations/compaction.ts';
import { readRecords } from '../../src/storage/operations/readRecords.ts';
import { loadChecklist } from '../../src/storage/stores/checklist.ts';
import { readNotices } from '../../src/storage/stores/meta.ts';
import { loadPrefs } from '../../src/storage/stores/prefs.ts';
import { loadState } from '../../src/storage/stores/state.ts';
import { DB_VERSION, UPGRADE_STEPS } from '../../src/storage/upgrades.ts';
import { freshDb, NOW } from './dbFixture.ts';

const V1_STORES = ['checklist', 'history', 'meta', 'prefs', 'state'];
const V2_STORES = ['archive', 'days'];
const DAY = 86_400_000;

/** Every kind of v1 record, as v1 code wrote them (raw puts: no v2 code involved). */
const V1_RECORDS: Record<string, [unknown, IDBValidKey?][]> = {
  prefs: [[{ version: 1, prefs: { ...DEFAULTS, workIntervalMin: 45, dailyBreakGoal: 4 } }, 'prefs']],
  state: [[{ ...initialState(NOW), cycleMs: 600_000 }, 'scheduler']],
  history: [
    [{ id: `taken:${NOW}`, day: '2025-05-14', kind: 'taken', at: NOW, durationMs: 120_000 }],
    [{ id: `natural:${NOW - 1}`, day: '2025-05-14', kind: 'natural', at: NOW - 1, durationMs: 400_000 }],
    [{ id: `snoozed:${NOW - 2}`, day: '2025-05-14', kind: 'snoozed', at: NOW - 2 }],
    [{ id: `skipped:${NOW - 3}`, day: '2025-05-14', kind: 'skipped', at: NOW - 3 }],
    [{ id: `reminded:${NOW - 4}`, day: '2025-05-14', kind: 'reminded', at: NOW - 4 }],
    [{ id: 'active:2025-05-14', day: '2025-05-14', kind: 'active', ms: 5_400_000 }],
    // Old enough to be packed by the v2 compaction.
    [{ id: `taken:${NOW - 200 * DAY}`, day: '2024-10-26', kind: 'taken', at: NOW - 200 * DAY, durationMs: 60_000 }],
    [{ id: 'active:2024-10-26', day: '2024-10-26', kind: 'active', ms: 3_600_000 }],
  ],
  checklist: [[{ id: 'feetFlat', checked: true, at: NOW }], [{ id: 'noGlare', checked: false, at: NOW - 1 }]],
  meta: [[[{ at: NOW, message: 'hello' }], 'notices']],
};

async function dumpStores(db: IDBPDatabase, stores: string[]) {
  const out: Record<string, { keys: IDBValidKey[]; values: unknown[] }> = {};
  for (const store of stores) {
    out[store] = { keys: await db.getAllKeys(store), values: await db.getAll(store) };
  }
  return out;
}

async function v1Profile() {
  const factory = new IDBFactory();
  const v1 = (await openLimberDb(factory, { steps: UPGRADE_STEPS.slice(0, 1) })) as unknown as IDBPDatabase;
  expect(v1.version).toBe(1);
  for (const [store, rows] of Object.entries(V1_RECORDS)) {
    for (const [value, key] of rows) await v1.put(store, value, key);
  }
  const before = await dumpStores(v1, V1_STORES);
  v1.close();
  return { factory, before };
}

describe('schema v2 upgrade', () => {
  it('is the current version and adds only the days and archive stores, keyed by day', async () => {
    expect(DB_VERSION).toBe(2);
    const { db } = await freshDb();
    expect([...db.objectStoreNames].sort()).toEqual([...V1_STORES, ...V2_STORES].sort());
    const tx = db.transaction(['days', 'archive']);
    expect(tx.objectStore('days').keyPath).toBe('day');
    expect(tx.objectStore('archive').keyPath).toBe('day');
    await tx.done;
  });

  it('keeps every v1 record exactly, under the same key', async () => {
    const { factory, before } = await v1Profile();
    const { db } = await freshDb(factory);
    expect(db.version).toBe(2);
    expect(await dumpStores(db as unknown as IDBPDatabase, V1_STORES)).toEqual(before);
    expect(await db.getAll('archive')).toEqual([]);
  });

  it('converts the v1 history into the figures of every v1 day', async () => {
    const { factory } = await v1Profile();
    const { db } = await freshDb(factory);
    const v1History = (V1_RECORDS.history ?? []).map(([value]) => value as InsightRecord);
    expect(await db.getAll('days')).toEqual(
      [...dailyFigures(v1History).values()].sort((a, b) => (a.day < b.day ? -1 : 1)),
    );
    expect(await db.get('days', '2025-05-14')).toEqual({
      ...emptyDay('2025-05-14'),
      activeMs: 5_400_000,
      taken: 1,
      natural: 1,
      snoozed: 1,
      skipped: 1,
      reminded: 1,
      breakMs: 120_000,
    });
  });

  it('does not count a damaged v1 record, and leaves it for the history reader', async () => {
    const factory = new IDBFactory();
    const v1 = (await openLimberDb(factory, { steps: UPGRADE_STEPS.slice(0, 1) })) as unknown as IDBPDatabase;
    await v1.put('history', { id: 'taken:1', day: '2025-05-14', kind: 'taken', at: 1 });
    await v1.put('history', { id: 'taken:x', day: '2025-05-14', kind: 'taken', at: 'noon' });
    v1.close();
    const { db } = await freshDb(factory);
    expect((await db.get('days', '2025-05-14'))?.taken).toBe(1);
    expect(await db.count('history')).toBe(2);
  });

  it('reads the v1 records through every repository after the upgrade', async () => {
    const { factory } = await v1Profile();
    const { db } = await freshDb(factory);
    expect((await loadPrefs(db, NOW)).prefs).toMatchObject({ workIntervalMin: 45, dailyBreakGoal: 4 });
    expect((await loadState(db, NOW))?.cycleMs).toBe(600_000);
    const history = await readRecords(db, null, null, NOW);
    expect(history.damaged).toEqual([]);
    // v1 has no stretches: every record read is a v1 history record.
    expect(history.records).toHaveLength(V1_RECORDS.history?.length ?? 0);
    expect(await loadChecklist(db, NOW)).toEqual({
      feetFlat: { checked: true, at: NOW },
      noGlare: { checked: false, at: NOW - 1 },
    });
    expect(await readNotices(db)).toEqual([{ at: NOW, message: 'hello' }]);
  });

  it('converts v1 events into packed days without losing one, and adds stretches on top', async () => {
    const { factory } = await v1Profile();
    const { db } = await freshDb(factory);
    const ids = (records: { id: string }[]) => records.map((r) => r.id).sort();
    const beforeIds = ids((await readRecords(db, null, null, NOW)).records);
    const figuresBefore = await db.getAll('days');
    const result = await compactHistory(db, '2025-05-14');
    expect(result).toEqual({ expired: 0, packedDays: 1, packedEvents: 1, rebuilt: 0 });
    expect(ids((await readRecords(db, null, null, NOW)).records)).toEqual(beforeIds);
    expect(await db.getAll('days')).toEqual(figuresBefore);
    expect(await db.get('archive', '2024-10-26')).toEqual({
      day: '2024-10-26',
      events: [{ kind: 'taken', at: NOW - 200 * DAY, durationMs: 60_000 }],
    });
    await commitStep(db, initialState(NOW), [{ kind: 'active', day: '2025-05-14', ms: 60_000 }], NOW);
    expect(await db.get('days', '2025-05-14')).toMatchObject({ activeMs: 5_460_000, longestStretchMs: 60_000 });
  });
});
