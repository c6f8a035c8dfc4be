/**
 * Service-worker cold start: from a stopped worker (CDP ServiceWorker.stopWorker, what Chrome does
 * after 30 s idle) to the first answer, timed in an extension page around runtime.sendMessage.
 * Limber answers getStatus (which opens IndexedDB, loads prefs and state, runs a step and reads
 * today's history); the baseline is the empty extension's worker answering the same way with a
 * one-line listener, i.e. what starting any extension worker costs. Both alternate, run by run.
 * The warm round trip (worker already running) is reported beside, for scale.
 */
import type { Browser, LoadedExtension, Page } from './chromium.ts';
import { EMPTY_PAGE_FILE } from './emptyExtension.ts';

export interface ColdStartFigures {
  limberCold: number[];
  emptyCold: number[];
  limberWarm: number[];
  emptyWarm: number[];
}

const GET_STATUS = { limber: 1, type: 'getStatus', payload: {} };

/** Times one sendMessage round trip in the page, and checks the answer is a success. */
const roundTrip = (message: object) => `(async () => {
  const started = performance.now();
  const reply = await chrome.runtime.sendMessage(${JSON.stringify(message)});
  const ms = performance.now() - started;
  if (!reply || reply.ok !== true) throw new Error('bad reply: ' + JSON.stringify(reply));
  return ms;
})()`;

interface Subject {
  ext: LoadedExtension;
  page: Page;
  cold: number[];
  warm: number[];
}

export async function measureColdStart(
  browser: Browser,
  limber: LoadedExtension,
  empty: LoadedExtension,
  runs: number,
  warmup = 2,
): Promise<ColdStartFigures> {
  const subjects: Subject[] = [
    { ext: limber, page: await browser.open(limber.url(EMPTY_PAGE_FILE)), cold: [], warm: [] },
    { ext: empty, page: await browser.open(empty.url(EMPTY_PAGE_FILE)), cold: [], warm: [] },
  ];
  try {
    for (let i = 0; i < warmup + runs; i++) {
      const order = i % 2 === 0 ? subjects : [...subjects].reverse();
      for (const s of order) {
        await browser.stopWorker(s.ext);
        const cold = await s.page.evaluate<number>(roundTrip(s.ext === limber ? GET_STATUS : {}));
        const warm = await s.page.evaluate<number>(roundTrip(s.ext === limber ? GET_STATUS : {}));
        if (i < warmup) continue;
        s.cold.push(cold);
        s.warm.push(warm);
      }
    }
  } finally {
    for (const s of subjects) await s.page.close();
  }
  const [l, e] = subjects as [Subject, Subject];
  return { limberCold: l.cold, emptyCold: e.cold, limberWarm: l.warm, emptyWarm: e.warm };
}
