import { describe, expect, it } from 'vitest';
import { initialState } from '../../src/core/schedulerState.ts';
import { DEFAULTS } from '../../src/core/settings.ts';
import { requestPersistence } from '../../src/platform/persistence.ts';
import { commitStep } from '../../src/storage/operations/commitStep.ts';
import { deleteAllData } from '../../src/storage/operations/deleteAll.ts';
import { setChecklistItem } from '../../src/storage/stores/checklist.ts';
import { addNotice, clearNotices, MAX_NOTICES, readNotices } from '../../src/storage/stores/meta.ts';
import { loadPrefs, savePrefs } from '../../src/storage/stores/prefs.ts';
import { loadState } from '../../src/storage/stores/state.ts';
import { freshDb, NOW, putRaw } from './dbFixture.ts';

describe('notices', () => {
  it('adds, reads and clears', async () => {
    const { db } = await freshDb();
    await addNotice(db, 'one', NOW);
    await addNotice(db, 'two', NOW + 1);
    expect(await readNotices(db)).toEqual([
      { at: NOW, message: 'one' },
      { at: NOW + 1, message: 'two' },
    ]);
    await clearNotices(db);
    expect(await readNotices(db)).toEqual([]);
  });

  it('keeps one copy of a repeated message, and only the latest few', async () => {
    const { db } = await freshDb();
    await addNotice(db, 'same', NOW);
    await addNotice(db, 'other', NOW + 1);
    await addNotice(db, 'same', NOW + 2);
    expect(await readNotices(db)).toEqual([
      { at: NOW + 1, message: 'other' },
      { at: NOW + 2, message: 'same' },
    ]);
    for (let i = 0; i < MAX_NOTICES + 5; i++) await addNotice(db, `n${i}`, NOW + i);
    const kept = await readNotices(db);
    expect(kept).toHaveLength(MAX_NOTICES);
    expect(kept.at(-1)?.message).toBe(`n${MAX_NOTICES + 4}`);
  });

  it('reads a damaged list as empty or drops its damaged entries, and can still add', async () => {
    const { db } = await freshDb();
    await putRaw(db, 'meta', 'not a list', 'notices');
    expect(await readNotices(db)).toEqual([]);
    await putRaw(db, 'meta', [{ at: NOW, message: 'ok' }, { at: 'x', message: 1 }, null], 'notices');
    expect(await readNotices(db)).toEqual([{ at: NOW, message: 'ok' }]);
    await addNotice(db, 'new', NOW + 1);
    expect((await readNotices(db)).map((n) => n.message)).toEqual(['ok', 'new']);
  });
});

describe('deleteAllData', () => {
  it('empties every store', async () => {
    const { db } = await freshDb();
    await savePrefs(db, { ...DEFAULTS, chime: true });
    await commitStep(db, initialState(NOW), [
      { kind: 'taken', at: NOW },
      { kind: 'active', day: '2025-05-14', ms: 1 },
    ]);
    await putRaw(db, 'state', { version: 1 }, 'scheduler');
    await setChecklistItem(db, 'a', true, NOW);
    await addNotice(db, 'x', NOW);
    await deleteAllData(db);
    for (const store of db.objectStoreNames) expect(await db.count(store)).toBe(0);
    expect(await loadPrefs(db, NOW)).toEqual({ prefs: DEFAULTS, repaired: [] });
    expect(await loadState(db, NOW)).toBeNull();
  });
});

describe('requestPersistence', () => {
  it('asks only when not yet persistent, and reports the answer', async () => {
    let asked = 0;
    const ask = (answer: boolean) => async () => {
      asked++;
      return answer;
    };
    expect(await requestPersistence({ persisted: async () => true, persist: ask(false) })).toBe(true);
    expect(asked).toBe(0);
    expect(await requestPersistence({ persisted: async () => false, persist: ask(true) })).toBe(true);
    expect(await requestPersistence({ persist: ask(false) })).toBe(false);
    expect(asked).toBe(2);
  });

  it('answers false, never throws, when the API is missing or fails', async () => {
    expect(await requestPersistence(undefined)).toBe(false);
    expect(await requestPersistence({})).toBe(false);
    expect(await requestPersistence({ persist: () => Promise.reject(new Error('denied')) })).toBe(false);
    expect(
      await requestPersistence({
        persist: () => {
          throw new Error('sync throw');
        },
      }),
    ).toBe(false);
    // Node has no navigator.storage: the default argument path must not throw either.
    expect(typeof (await requestPersistence())).toBe('boolean');
  });
});
