/**
 * Service-worker cold start: from a stopped worker (CDP ServiceWorker.stopWorker, what Chrome does
 * after 30 s idle) to the first answer, timed in an extension page around runtime.sendMessage.
 * Limber answers getStatus (which opens IndexedDB, loads prefs and state, runs a step and reads
 * today's history). Two baselines answer the same way, measured in the same browser: the empty
 * extension's worker (a one-line listener: what starting any extension worker costs) and the
 * IndexedDB floor (a worker that opens a database and reads one record before answering: the least
 * a worker that answers from stored state can do). All alternate, run by run, in rotating order.
 * The warm round trip (worker already running) is reported beside, for scale.
 */
import type { Browser, LoadedExtension, Page } from './chromium.ts';
import { EMPTY_PAGE_FILE } from './emptyExtension.ts';

export interface ColdStartSubject {
  name: string;
  ext: LoadedExtension;
  message: object;
}

export type ColdStartFigures = Record<string, { cold: number[]; warm: number[] }>;

/** Times one sendMessage round trip in the page, and checks the answer is a success. */
const roundTrip = (message: object) => `(async () => {
  const started = performance.now();
  const reply = await chrome.runtime.sendMessage(${JSON.stringify(message)});
  const ms = performance.now() - started;
  if (!reply || reply.ok !== true) throw new Error('bad reply: ' + JSON.stringify(reply));
  return ms;
})()`;

export async function measureColdStart(
  browser: Browser,
  subjects: readonly ColdStartSubject[],
  runs: number,
  warmup = 2,
): Promise<ColdStartFigures> {
  const pages = new Map<string, Page>();
  for (const s of subjects) pages.set(s.name, await browser.open(s.ext.url(EMPTY_PAGE_FILE)));
  const figures: ColdStartFigures = Object.fromEntries(subjects.map((s) => [s.name, { cold: [], warm: [] }]));
  try {
    for (let i = 0; i < warmup + runs; i++) {
      // Rotate the order, so no subject always runs first (or right after another one's start).
      const order = subjects.map((_, j) => subjects[(i + j) % subjects.length] as ColdStartSubject);
      for (const s of order) {
        const page = pages.get(s.name) as Page;
        await browser.stopWorker(s.ext);
        const cold = await page.evaluate<number>(roundTrip(s.message));
        const warm = await page.evaluate<number>(roundTrip(s.message));
        if (i < warmup) continue;
        figures[s.name]?.cold.push(cold);
        figures[s.name]?.warm.push(warm);
      }
    }
  } finally {
    for (const page of pages.values()) await page.close();
  }
  return figures;
}
