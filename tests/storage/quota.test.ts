/**
 * A storage quota error is reported and loses nothing already stored.
 *
 * Chromium cannot be made to run out of quota on demand here, so the error is injected at the
 * storage layer: a put into a chosen store fails the way a full disk fails in a browser (the request
 * errors with a QuotaExceededError DOMException and the whole transaction aborts). Every write of a
 * transaction that fails must be rolled back, the caller must see the error (the background logs it
 * and the router turns it into an error reply), and what was stored before must still be there.
 */
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { initialState } from '../../src/core/schedulerState.ts';
import type { SchedulerState } from '../../src/core/schedulerTypes.ts';
import { DEFAULTS } from '../../src/core/settings.ts';
import { commitStep } from '../../src/storage/operations/commitStep.ts';
import type { LimberDb } from '../../src/storage/schema.ts';
import { readNotices } from '../../src/storage/stores/meta.ts';
import { loadPrefs, savePrefs } from '../../src/storage/stores/prefs.ts';
import { loadState } from '../../src/storage/stores/state.ts';
import { freshDb, NOW, putRaw } from './dbFixture.ts';

/** Everything in the history and days stores, as stored. */
const stored = async (db: LimberDb) => ({ history: await db.getAll('history'), days: await db.getAll('days') });

type RawStore = { storeRecord: (...args: unknown[]) => unknown };
type FakeStore = { name: string; _rawObjectStore: RawStore };

const originalPut = IDBObjectStore.prototype.put;
const failing = new Set<string>();
let injected = 0;

/**
 * Makes put() on the named stores fail as a full disk does. fake-indexeddb binds the store's
 * storeRecord when put() is called and runs it later as the request; swapping it for that one call
 * makes the request itself fail, so the transaction aborts with the request's error, as in a browser.
 */
function failPutsOn(...stores: string[]): void {
  for (const s of stores) failing.add(s);
  IDBObjectStore.prototype.put = function (this: FakeStore, ...args: Parameters<typeof originalPut>) {
    if (!failing.has(this.name)) return originalPut.apply(this as never, args);
    const raw = this._rawObjectStore;
    raw.storeRecord = () => {
      injected += 1;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      return originalPut.apply(this as never, args);
    } finally {
      delete (raw as Partial<RawStore>).storeRecord;
    }
  } as typeof originalPut;
}

afterEach(() => {
  IDBObjectStore.prototype.put = originalPut;
  failing.clear();
  injected = 0;
});

const later = (s: SchedulerState, ms: number): SchedulerState => ({
  ...s,
  cycleMs: s.cycleMs + ms,
  committedUntil: s.committedUntil + ms,
  lastTick: s.lastTick + ms,
});

async function expectQuotaError(work: Promise<unknown>): Promise<void> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DOMException);
  // The failed request carries QuotaExceededError; when idb's `tx.done` rejects first (it hears the
  // error bubble before the transaction's error is set), the caller sees the abort instead.
  expect(['QuotaExceededError', 'AbortError']).toContain((error as DOMException).name);
  expect(injected).toBeGreaterThan(0);
}

describe('quota exceeded', () => {
  it('commitStep: the error reaches the caller; state and history stay as last committed', async () => {
    const { db } = await freshDb();
    const first = later(initialState(NOW), 0);
    await commitStep(db, first, [{ kind: 'active', day: '2025-05-14', ms: 60_000 }], NOW);
    const before = await stored(db);

    // The history put fails after the state put succeeded in the same transaction: both roll back.
    failPutsOn('history');
    const next = later(first, 120_000);
    await expectQuotaError(
      commitStep(
        db,
        next,
        [
          { kind: 'active', day: '2025-05-14', ms: 120_000 },
          { kind: 'skipped', at: NOW + 1 },
        ],
        NOW,
      ),
    );

    expect(await loadState(db, NOW)).toEqual(first);
    expect(await stored(db)).toEqual(before);
  });

  it('commitStep: a failing state put keeps the old state and writes no history', async () => {
    const { db } = await freshDb();
    const first = initialState(NOW);
    await commitStep(db, first, [], NOW);
    failPutsOn('state');
    await expectQuotaError(commitStep(db, later(first, 60_000), [{ kind: 'taken', at: NOW + 5, durationMs: 1 }], NOW));
    expect(await loadState(db, NOW)).toEqual(first);
    expect(await db.count('history')).toBe(0);
  });

  it('savePrefs: the error reaches the caller and the saved preferences are kept', async () => {
    const { db } = await freshDb();
    const mine = { ...structuredClone(DEFAULTS), workIntervalMin: 45 };
    await savePrefs(db, mine);
    failPutsOn('prefs');
    await expectQuotaError(savePrefs(db, { ...mine, workIntervalMin: 50 }));
    expect((await loadPrefs(db, NOW)).prefs).toEqual(mine);
  });

  it('commitStep: a failing figures write rolls back the batch, earlier records are kept', async () => {
    const { db } = await freshDb();
    const first = initialState(NOW);
    await commitStep(db, first, [{ kind: 'taken', at: NOW, durationMs: 60_000 }], NOW);
    const before = await stored(db);
    failPutsOn('days');
    await expectQuotaError(
      commitStep(
        db,
        later(first, 5),
        [
          { kind: 'skipped', at: NOW + 1 },
          { kind: 'active', day: '2025-05-14', ms: 5 },
        ],
        NOW,
      ),
    );
    expect(await loadState(db, NOW)).toEqual(first);
    expect(await stored(db)).toEqual(before);
  });

  it('after the quota frees up, the next write succeeds and nothing was lost meanwhile', async () => {
    const { db } = await freshDb();
    const first = initialState(NOW);
    await commitStep(db, first, [{ kind: 'active', day: '2025-05-14', ms: 60_000 }], NOW);
    failPutsOn('state', 'history');
    await expectQuotaError(commitStep(db, later(first, 60_000), [], NOW));
    IDBObjectStore.prototype.put = originalPut;
    const next = later(first, 120_000);
    await commitStep(db, next, [{ kind: 'active', day: '2025-05-14', ms: 60_000 }], NOW);
    expect(await loadState(db, NOW)).toEqual(next);
    const active = (await db.getAll('history')).find((r) => r.kind === 'active');
    expect(active && 'ms' in active ? active.ms : null).toBe(120_000);
  });

  // The repair write-back is best effort: with a damaged record and a full disk, the read still
  // answers with the repaired values (otherwise every scheduler event would fail until space frees up).
  it('reading damaged preferences still answers when the repair cannot be written', async () => {
    const { db } = await freshDb();
    await putRaw(
      db,
      'prefs',
      { version: 1, prefs: { ...structuredClone(DEFAULTS), workIntervalMin: 'lots' } },
      'prefs',
    );
    failPutsOn('prefs', 'meta');
    const read = await loadPrefs(db, NOW);
    expect(read.prefs.workIntervalMin).toBe(DEFAULTS.workIntervalMin);
    expect(await readNotices(db)).toEqual([]);
  });
});
