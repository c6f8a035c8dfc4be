/**
 * `npm run bench`: builds the Chrome extension, measures every figure docs/BENCHMARKS.md defines,
 * prints one table and writes bench/results.json. Figures are medians over repeated runs; ratios are to
 * baselines measured in the same run, in the same browser, interleaved with the subject.
 * It reports; it does not fail on a missed target (exit 1 only when a measurement could not run).
 * Definitions and the latest figures: docs/BENCHMARKS.md.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accuracyRows, measureAccuracy } from './accuracy.ts';
import { measureBundles } from './bundleSize.ts';
import { Browser } from './chromium.ts';
import { measureColdStart } from './coldStart.ts';
import {
  copyLimberWithEmptyPage,
  EMPTY_PAGE_FILE,
  EMPTY_WORKER_FILE,
  FLOOR_WORKER_FILE,
  LIMBER_WORKER_FILE,
  tempDir,
  writeEmptyExtension,
  writeFloorExtension,
  writeSizedPopupExtension,
} from './emptyExtension.ts';
import { measureHeap } from './heap.ts';
import { addSeedPage, measureInsights } from './insightsQuery.ts';
import { measurePopupPaint } from './popupPaint.ts';
import { measureRealPopupPaint } from './realPopupPaint.ts';
import { judge, type Row, table } from './report.ts';
import { median } from './stats.ts';
import { measureWakeups } from './wakeups.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist', 'chrome');
/**
 * Runs per browser figure: enough for a stable median. The whole bench takes about 7 minutes on
 * 2 cores, 6 of them the real popup (a fresh browser per sample, three subjects).
 */
const RUNS = { paint: 50, realPopup: 20, coldStart: 40, heap: 3, insights: 10 };
/**
 * `npm run bench -- --only=realPopup,paint` measures just those phases (to iterate on one figure);
 * it prints the table but leaves bench/results.json alone, which always holds a whole run.
 */
const ONLY = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const KB = 1000;
const MB = 1_000_000;

const rows: Row[] = [];
const raw: Record<string, unknown> = {};
const failures: string[] = [];
const add = (row: Omit<Row, 'met'>) => rows.push(judge(row));
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

async function phase(name: string, work: () => Promise<void> | void): Promise<void> {
  if (ONLY && !ONLY.includes(name)) return;
  const started = Date.now();
  try {
    await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    failures.push(`${name}: ${message}`);
    add({ id: `${name}.error`, measure: `${name} (FAILED: ${message.slice(0, 80)})`, value: null, unit: '' });
  }
  raw[`${name}.seconds`] = (Date.now() - started) / 1000;
}

function buildExtension(): void {
  try {
    execFileSync('npm', ['run', 'build:chrome'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`);
    throw new Error('npm run build:chrome failed');
  }
}

function pureFigures(): Promise<void>[] {
  return [
    phase('wakeups', () => {
      const w = measureWakeups();
      raw.wakeups = w;
      add({
        id: 'wakeups.active',
        measure: 'Wake-ups per active hour (worst scenario)',
        value: w.worstActivePerHour,
        unit: '/h',
        target: { max: 61, on: 'value' },
      });
      add({
        id: 'wakeups.away',
        measure: 'Wake-ups per hour away (worst scenario)',
        value: w.worstAwayPerHour,
        unit: '/h',
        target: { max: 2, on: 'value' },
      });
    }),
    phase('accuracy', () => {
      const a = measureAccuracy();
      raw.accuracy = a;
      for (const row of accuracyRows(a)) add(row);
    }),
  ];
}

async function main(): Promise<void> {
  const started = Date.now();
  buildExtension();
  await Promise.all(pureFigures());
  await phase('bundles', () => {
    const b = measureBundles(DIST);
    raw.bundles = b;
    add({
      id: 'bytes.popup.gzip',
      measure: `Popup first view HTML+JS+CSS, gzipped (${b.popupFirstView.files.length} files)`,
      value: b.popupFirstView.gzip / KB,
      unit: 'kB',
      target: { max: 20, on: 'value' },
    });
    add({ id: 'bytes.popup.raw', measure: '  raw', value: b.popupFirstView.raw / KB, unit: 'kB' });
    add({
      id: 'bytes.popupLazy.gzip',
      measure: `  on-demand sections, gzipped (${b.popupOnDemand.files.length} files)`,
      value: b.popupOnDemand.gzip / KB,
      unit: 'kB',
      note: `raw ${(b.popupOnDemand.raw / KB).toFixed(1)} kB`,
    });
    add({
      id: 'bytes.worker.gzip',
      measure: `Service worker JS, gzipped (${b.worker.files.length} ${b.worker.files.length === 1 ? 'file' : 'files'})`,
      value: b.worker.gzip / KB,
      unit: 'kB',
      target: { max: 12, on: 'value' },
    });
    add({ id: 'bytes.worker.raw', measure: '  raw', value: b.worker.raw / KB, unit: 'kB' });
    add({
      id: 'bytes.worker.polyfill',
      measure: '  for scale: webextension-polyfill alone (fixed dependency), gzipped',
      value: b.polyfill.gzip / KB,
      unit: 'kB',
    });
  });

  const dirs = {
    limber: tempDir('limber-bench-ext-'),
    empty: tempDir('limber-bench-empty-'),
    floor: tempDir('limber-bench-floor-'),
    emptyPopup: tempDir('limber-bench-empty-popup-'),
    limberPopup: tempDir('limber-bench-popup-'),
    sizedPopup: tempDir('limber-bench-sized-popup-'),
  };
  const sharedBrowserPhases = ['paint', 'coldStart', 'heap', 'insights'];
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    action: { default_popup: string };
  };
  const popupPath = manifest.action.default_popup;
  let browser: Browser | null = null;
  try {
    // Its own fresh browser per sample, so it runs before the shared browser starts.
    await phase('realPopup', async () => {
      const figures = await measureRealPopupPaint(
        {
          // A copy, like every other browser figure: a rebuild of dist/chrome meanwhile changes nothing.
          limber: { ext: copyLimberWithEmptyPage(DIST, dirs.limberPopup), popupPath },
          empty: { ext: writeEmptyExtension(dirs.emptyPopup), popupPath: EMPTY_PAGE_FILE },
          sized: { ext: writeSizedPopupExtension(dirs.sizedPopup), popupPath: EMPTY_PAGE_FILE },
        },
        RUNS.realPopup,
      );
      raw.realPopup = figures;
      const p = { limber: figures.limber ?? [], empty: figures.empty ?? [], sized: figures.sized ?? [] };
      const fcp = median(p.limber.map((s) => s.fcp));
      const fcp0 = median(p.empty.map((s) => s.fcp));
      const fcpSized = median(p.sized.map((s) => s.fcp));
      const call = median(p.limber.map((s) => s.fromCall));
      const call0 = median(p.empty.map((s) => s.fromCall));
      add({
        id: 'popup.real.fcp',
        measure: `Real toolbar popup first contentful paint (${RUNS.realPopup} fresh launches)`,
        value: fcp,
        unit: 'ms',
        baseline: fcp0,
        ratio: ratio(fcp, fcp0),
        target: { max: 1.2, on: 'ratio' },
        note: "baseline: an empty extension's popup, opened the same way, launches interleaved",
      });
      add({
        id: 'popup.real.fcpSized',
        measure: "  against the smallest real popup: the empty one at Limber's size with one empty script",
        value: fcp,
        unit: 'ms',
        baseline: fcpSized,
        ratio: ratio(fcp, fcpSized),
        note: `that baseline itself: ${ratio(fcpSized, fcp0)?.toFixed(2) ?? '?'}x the empty popup`,
      });
      const shown = p.limber.flatMap((s) => (s.statusShown === null ? [] : [s.statusShown]));
      add({
        id: 'popup.real.status',
        measure: '  the real status on screen (after the skeleton), from navigation start',
        value: shown.length === p.limber.length ? median(shown) : null,
        unit: 'ms',
        note: "Limber's limber-status-shown mark; no baseline (an empty popup has no status)",
      });
      add({
        id: 'popup.real.fromCall',
        measure: '  from the openPopup() call to that paint',
        value: call,
        unit: 'ms',
        baseline: call0,
        ratio: ratio(call, call0),
      });
    });
    if (!ONLY || ONLY.some((name) => sharedBrowserPhases.includes(name))) {
      const extensions = [
        copyLimberWithEmptyPage(DIST, dirs.limber),
        writeEmptyExtension(dirs.empty),
        writeFloorExtension(dirs.floor),
      ];
      await addSeedPage(dirs.limber);
      browser = await Browser.launch(extensions);
      const b = browser;
      raw.chromium = (await b.cdp.send<{ product: string }>('Browser.getVersion')).product;
      const limber = b.extension(LIMBER_WORKER_FILE);
      await b.closeInstallPage(limber, 'src/ui/welcome/welcome.html');
      const empty = b.extension(EMPTY_WORKER_FILE);
      const floor = b.extension(FLOOR_WORKER_FILE);

      await phase('paint', async () => {
        const p = await measurePopupPaint(b, limber, popupPath, RUNS.paint);
        raw.paint = p;
        const fcp = median(p.popup.map((s) => s.fcp));
        const fcp0 = median(p.empty.map((s) => s.fcp));
        const load = median(p.popup.map((s) => s.load));
        const load0 = median(p.empty.map((s) => s.load));
        add({
          id: 'popup.fcp',
          measure: 'Popup first contentful paint',
          value: fcp,
          unit: 'ms',
          baseline: fcp0,
          ratio: ratio(fcp, fcp0),
          target: { max: 1.2, on: 'ratio' },
        });
        add({
          id: 'popup.load',
          measure: 'Popup load event end',
          value: load,
          unit: 'ms',
          baseline: load0,
          ratio: ratio(load, load0),
        });
      });
      await phase('coldStart', async () => {
        const c = await measureColdStart(
          b,
          [
            { name: 'limber', ext: limber, message: { limber: 1, type: 'getStatus', payload: {} } },
            { name: 'floor', ext: floor, message: {} },
            { name: 'empty', ext: empty, message: {} },
          ],
          RUNS.coldStart,
        );
        raw.coldStart = c;
        const cold = median(c.limber?.cold ?? []);
        const floorCold = median(c.floor?.cold ?? []);
        const emptyCold = median(c.empty?.cold ?? []);
        add({
          id: 'worker.coldStart',
          measure: 'Worker cold start to first getStatus answer, against the IndexedDB floor',
          value: cold,
          unit: 'ms',
          baseline: floorCold,
          ratio: ratio(cold, floorCold),
          target: { max: 1.5, on: 'ratio' },
          note: 'baseline: an empty worker that opens IndexedDB and reads one record before answering',
        });
        add({
          id: 'worker.coldStart.empty',
          measure: '  the same, against the empty worker',
          value: cold,
          unit: 'ms',
          baseline: emptyCold,
          ratio: ratio(cold, emptyCold),
        });
        add({
          id: 'worker.coldStart.floor',
          measure: '  the IndexedDB floor itself, against the empty worker',
          value: floorCold,
          unit: 'ms',
          baseline: emptyCold,
          ratio: ratio(floorCold, emptyCold),
        });
        add({
          id: 'worker.warm',
          measure: '  warm round trip (worker running)',
          value: median(c.limber?.warm ?? []),
          unit: 'ms',
          baseline: median(c.empty?.warm ?? []),
        });
      });
      await phase('heap', async () => {
        const h = await measureHeap(b, limber, empty, popupPath, RUNS.heap);
        raw.heap = h;
        const w = median(h.limberWorker);
        const w0 = median(h.emptyWorker);
        const p = median(h.limberPopup);
        const p0 = median(h.emptyPopup);
        add({
          id: 'heap.worker',
          measure: 'Worker JS heap after start-up',
          value: w / MB,
          unit: 'MB',
          baseline: w0 / MB,
          ratio: ratio(w, w0),
          target: { max: 0.8, on: 'value' },
        });
        add({
          id: 'heap.popup',
          measure: 'Popup page JS heap',
          value: p / MB,
          unit: 'MB',
          baseline: p0 / MB,
          ratio: ratio(p, p0),
        });
      });
      await phase('insights', async () => {
        const i = await measureInsights(b, limber, dirs.limber, RUNS.insights);
        raw.insights = i;
        add({
          id: 'insights.query',
          measure: `Insights data over two years (${i.seededRecords} events, ${i.days} days)`,
          value: median(i.pageMs),
          unit: 'ms',
          target: { max: 50, on: 'value', strict: true },
          note: "the Insights page's own limber-insights-data measure, fresh page each run",
        });
        add({
          id: 'insights.read',
          measure: '  of which the IndexedDB read (readDayFigures)',
          value: median(i.readMs),
          unit: 'ms',
        });
        add({
          id: 'insights.size',
          measure: 'Database size, two years (storage.estimate)',
          value: i.usageBytes / MB,
          unit: 'MB',
          note: `indexedDB ${i.indexedDbBytes ?? 'n/a'} bytes`,
        });
      });
    }
  } finally {
    await browser?.close();
    for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
  }

  const seconds = (Date.now() - started) / 1000;
  const notes = rows.filter((r) => r.note).map((r) => `  ${r.id}: ${r.note}`);
  process.stdout.write(`\n${table(rows)}\n\nNotes:\n${notes.join('\n')}\n\n`);
  const results = {
    generatedAt: new Date().toISOString(),
    environment: {
      node: process.version,
      chromium: raw.chromium ?? null,
      cpus: cpus().length,
      // Other work on the machine shows up in timings; the load average says how much there was.
      loadavg: loadavg(),
      platform: process.platform,
    },
    runs: RUNS,
    seconds,
    figures: rows,
    failures,
    raw,
  };
  if (ONLY)
    process.stdout.write(`--only=${ONLY.join(',')}: bench/results.json left as it was (${seconds.toFixed(0)} s)\n`);
  else {
    writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`bench/results.json written (${seconds.toFixed(0)} s)\n`);
  }
  if (failures.length > 0) {
    process.stderr.write(`Measurements that could not run:\n  ${failures.join('\n  ')}\n`);
    process.exitCode = 1;
  }
}

await main();
