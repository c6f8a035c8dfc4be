import { describe, expect, it } from 'vitest';
import { loadMarks, setMark } from '../../src/storage/pages/checklist.ts';
import { loadChecklist, setChecklistItem } from '../../src/storage/stores/checklist.ts';
import { readNotices } from '../../src/storage/stores/meta.ts';
import { freshDb, getRaw, NOW, putRaw } from './dbFixture.ts';

describe('the checklist store', () => {
  it('is empty on a fresh profile', async () => {
    const { db } = await freshDb();
    expect(await loadChecklist(db, NOW)).toEqual({});
  });

  it('round-trips marks, the latest mark of an item winning', async () => {
    const { db } = await freshDb();
    await setChecklistItem(db, 'monitor-height', true, NOW);
    await setChecklistItem(db, 'feet-flat', true, NOW + 1);
    await setChecklistItem(db, 'feet-flat', false, NOW + 2);
    expect({ ...(await loadChecklist(db, NOW)) }).toEqual({
      'feet-flat': { checked: false, at: NOW + 2 },
      'monitor-height': { checked: true, at: NOW },
    });
  });

  it("is what the popup's checklist reads and writes, on the page's own connection", async () => {
    // The page module opens the global indexedDB (fake-indexeddb here), as a page does.
    await setMark('chair-depth', true, NOW);
    expect({ ...(await loadMarks(NOW)) }).toEqual({ 'chair-depth': { checked: true, at: NOW } });
  });

  it('keeps an id like __proto__ as plain data', async () => {
    const { db } = await freshDb();
    await setChecklistItem(db, '__proto__', true, NOW);
    const marks = await loadChecklist(db, NOW);
    expect(Object.keys(marks)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(marks, '__proto__')?.value).toEqual({ checked: true, at: NOW });
  });

  it('skips damaged records, then removes and reports them', async () => {
    const { db } = await freshDb();
    await setChecklistItem(db, 'good', true, NOW);
    await putRaw(db, 'checklist', { id: 'bad-checked', checked: 'yes', at: NOW });
    await putRaw(db, 'checklist', { id: 'bad-at', checked: true, at: -1 });
    await putRaw(db, 'checklist', { id: 7, checked: true, at: NOW });
    expect({ ...(await loadChecklist(db, NOW)) }).toEqual({ good: { checked: true, at: NOW } });
    const notices = await readNotices(db);
    expect(notices).toEqual([{ at: NOW, message: expect.stringMatching(/^3 damaged checklist marks removed/) }]);
    expect(notices[0]?.message).toMatch(/bad-checked: checked must be true or false/);
    expect(await getRaw(db, 'checklist', 7)).toBeUndefined();
    expect({ ...(await loadChecklist(db, NOW + 1)) }).toEqual({ good: { checked: true, at: NOW } });
    expect(await readNotices(db)).toHaveLength(1);
  });

  it('refuses to save a mark with an empty id or an impossible time', async () => {
    const { db } = await freshDb();
    await expect(setChecklistItem(db, '', true, NOW)).rejects.toThrow(/id must be a non-empty text/);
    await expect(setChecklistItem(db, 'x', true, Number.NaN)).rejects.toThrow(/at must be a time/);
    expect(await loadChecklist(db, NOW)).toEqual({});
  });
});
