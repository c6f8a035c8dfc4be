/**
 * Two years of history: how long Insights takes to get its data, and how big the database gets.
 * A seeding page (bench/pages/seedPage.ts, bundled at bench time into the bench copy of Limber,
 * never shipped) writes 730 days through the shipped write path (commitStep, one transaction per
 * day) and runs the shipped daily maintenance, which packs events older than 90 days, as a real
 * profile would be after two years. Then the real Insights page is opened fresh, run after run,
 * and its own Performance measure `limber-insights-data` (query + aggregation) is read.
 * This runs last: the other figures are taken on a fresh profile.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { MEASURE } from '../src/ui/insights/useInsights.ts';
import type { Browser, LoadedExtension } from './chromium.ts';

const SEED_PAGE = 'bench-seed.html';
export const INSIGHTS_PAGE = 'src/ui/insights/insights.html';
export const TWO_YEARS_DAYS = 730;

export interface InsightsFigures {
  seededRecords: number;
  seedMs: number;
  maintenanceMs: number;
  /** The Insights page's own measure, fresh page each run. */
  pageMs: number[];
  /** The storage read alone (readDayFigures over the two-year window). */
  readMs: number[];
  days: number;
  usageBytes: number;
  indexedDbBytes: number | null;
}

/** Adds the seeding page and its bundle to the bench copy (dir), beside the built extension. */
export async function addSeedPage(dir: string): Promise<void> {
  writeFileSync(
    join(dir, SEED_PAGE),
    '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="bench-seed.js"></script></head><body></body></html>\n',
  );
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: dir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: resolve('bench/pages/seedPage.ts'), formats: ['es'], fileName: () => 'bench-seed.js' },
    },
  });
}

/** Waits in the page for the Insights page's measure and returns its duration. */
const READ_MEASURE = `new Promise((resolve, reject) => {
  const fail = setTimeout(() => reject(new Error('no ${MEASURE} measure within 10 s')), 10000);
  const poll = () => {
    const entry = performance.getEntriesByName(${JSON.stringify(MEASURE)})[0];
    if (entry) { clearTimeout(fail); resolve(entry.duration); } else setTimeout(poll, 10);
  };
  poll();
})`;

async function inFreshPage<T>(browser: Browser, url: string, expression: string): Promise<T> {
  const page = await browser.open(url);
  try {
    return await page.evaluate<T>(expression);
  } finally {
    await page.close();
  }
}

export async function measureInsights(
  browser: Browser,
  limber: LoadedExtension,
  dir: string,
  runs: number,
): Promise<InsightsFigures> {
  if (!existsSync(join(dir, INSIGHTS_PAGE))) throw new Error(`${INSIGHTS_PAGE} is not in the build`);
  const seedUrl = limber.url(SEED_PAGE);
  const seeded = await inFreshPage<{ records: number; seedMs: number; maintenanceMs: number }>(
    browser,
    seedUrl,
    `limberBench.seed(${TWO_YEARS_DAYS}, 730)`,
  );
  const size = await inFreshPage<{ usage: number; indexedDB: number | null }>(browser, seedUrl, 'limberBench.size()');
  const figures: InsightsFigures = {
    seededRecords: seeded.records,
    seedMs: seeded.seedMs,
    maintenanceMs: seeded.maintenanceMs,
    pageMs: [],
    readMs: [],
    days: 0,
    usageBytes: size.usage,
    indexedDbBytes: size.indexedDB,
  };
  // One discarded round first: the first open of the origin's database after seeding.
  for (let i = 0; i <= runs; i++) {
    const page = await inFreshPage<number>(browser, limber.url(INSIGHTS_PAGE), READ_MEASURE);
    const read = await inFreshPage<{ ms: number; days: number }>(browser, seedUrl, 'limberBench.read()');
    if (i === 0) continue;
    figures.pageMs.push(page);
    figures.readMs.push(read.ms);
    figures.days = read.days;
  }
  return figures;
}
