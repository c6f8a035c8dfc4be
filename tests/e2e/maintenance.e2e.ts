/**
 * The daily maintenance in real Chromium: the service worker decides it is due and runs it outside
 * its own bundle, in the maintenance worker that a hidden offscreen document starts; the document is
 * closed again once the work is done.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ask, currentWorker, launch, openPage, removeProfile, type Session, stopWorker } from './harness.ts';

let session: Session;

beforeAll(async () => {
  session = await launch();
}, 60_000);

afterAll(async () => {
  await session.close();
  removeProfile(session.profile);
});

/** Runs in the page: the store's keys, read straight from IndexedDB (no Limber code involved). */
function keysOf(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (store) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('limber');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).getAllKeys();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as unknown[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

function put(page: Page, store: string, value: unknown, key?: string): Promise<void> {
  return page.evaluate(
    ([store, value, key]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('limber');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          tx.objectStore(store).put(value, key ?? undefined);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, value, key ?? null] as const,
  );
}

async function maintenanceDay(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('limber');
        open.onsuccess = () => {
          const request = open.result.transaction('meta').objectStore('meta').get('maintenanceDay');
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
}

const localDay = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test("install runs the day's maintenance; a later day packs old events and closes its document", async () => {
  const page = await openPage(session, 'src/ui/popup/popup.html');
  await ask(page, 'getStatus');
  const today = localDay(Date.now());
  // The install recovery ends with the maintenance, through the offscreen document and its worker.
  await expect.poll(() => maintenanceDay(page), { timeout: 20_000 }).toBe(today);

  // An event of 120 days ago, left raw, and a maintenance last run long ago.
  const old = Date.now() - 120 * 86_400_000;
  await put(page, 'history', { id: `taken:${old}`, day: localDay(old), kind: 'taken', at: old, durationMs: 60_000 });
  await put(page, 'meta', '2000-01-01', 'maintenanceDay');

  // A new worker life (the in-memory "done today" is gone), woken by a real alarm.
  await stopWorker(session, page);
  await ask(page, 'getStatus');
  const worker = await currentWorker(session);
  await worker.evaluate(() => chrome.alarms.create('limber-wake', { when: Date.now() + 300 }));

  await expect.poll(() => keysOf(page, 'archive'), { timeout: 20_000 }).toEqual([localDay(old)]);
  expect(await keysOf(page, 'history')).not.toContain(`taken:${old}`);
  // The day is written after the packing's own transaction (operations/maintenance.ts): it may lag
  // the archive by a moment (a fresh-clone CI once read the old day here).
  await expect.poll(() => maintenanceDay(page), { timeout: 5_000 }).toBe(today);
  const offscreenDocuments = () =>
    worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length);
  await expect.poll(offscreenDocuments, { timeout: 10_000 }).toBe(0);
}, 90_000);
