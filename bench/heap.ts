/**
 * JS heap after a forced GC (HeapProfiler.collectGarbage, then Runtime.getHeapUsage's usedSize):
 * - the service worker right after a cold start has answered its first getStatus;
 * - the popup page once it has rendered its first view and its status (500 ms after load).
 * Baseline: the empty extension measured the same way. getHeapUsage reports the whole isolate, so
 * each page is measured while it is the only page of its extension (an isolate per renderer main
 * thread; the worker has its own).
 */
import type { Browser, LoadedExtension, Page } from './chromium.ts';
import { EMPTY_PAGE_FILE } from './emptyExtension.ts';

export interface HeapFigures {
  limberWorker: number[];
  emptyWorker: number[];
  limberPopup: number[];
  emptyPopup: number[];
}

const SETTLE_MS = 500;

async function usedHeap(browser: Browser, target: Page): Promise<number> {
  await browser.cdp.send('HeapProfiler.collectGarbage', {}, target.sessionId);
  const usage = await browser.cdp.send<{ usedSize: number }>('Runtime.getHeapUsage', {}, target.sessionId);
  return usage.usedSize;
}

async function detach(browser: Browser, target: Page): Promise<void> {
  await browser.cdp.send('Target.detachFromTarget', { sessionId: target.sessionId }).catch(() => undefined);
}

async function workerHeap(browser: Browser, ext: LoadedExtension, waker: Page, message: object): Promise<number> {
  await browser.stopWorker(ext);
  await waker.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
  const worker = await browser.attachWorker(ext);
  try {
    return await usedHeap(browser, worker);
  } finally {
    await detach(browser, worker);
  }
}

async function pageHeap(browser: Browser, url: string): Promise<number> {
  const page = await browser.open(url);
  try {
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    return await usedHeap(browser, page);
  } finally {
    await page.close();
  }
}

export async function measureHeap(
  browser: Browser,
  limber: LoadedExtension,
  empty: LoadedExtension,
  popupPath: string,
  runs: number,
): Promise<HeapFigures> {
  const figures: HeapFigures = { limberWorker: [], emptyWorker: [], limberPopup: [], emptyPopup: [] };
  // A page of each extension sends the waking message; worker heaps do not include page isolates.
  const limberWaker = await browser.open(limber.url(EMPTY_PAGE_FILE));
  const emptyWaker = await browser.open(empty.url(EMPTY_PAGE_FILE));
  try {
    for (let i = 0; i < runs; i++) {
      figures.limberWorker.push(
        await workerHeap(browser, limber, limberWaker, { limber: 1, type: 'getStatus', payload: {} }),
      );
      figures.emptyWorker.push(await workerHeap(browser, empty, emptyWaker, {}));
    }
  } finally {
    await limberWaker.close();
    await emptyWaker.close();
  }
  for (let i = 0; i < runs; i++) {
    figures.limberPopup.push(await pageHeap(browser, limber.url(popupPath)));
    figures.emptyPopup.push(await pageHeap(browser, empty.url(EMPTY_PAGE_FILE)));
  }
  return figures;
}
