/**
 * First contentful paint of the REAL toolbar popup, the way a person opens it: `chrome.action.openPopup()`
 * evaluated in the extension's service worker, in a browser launched fresh for every sample. Limber
 * and the empty extension (bench/emptyExtension.ts) take turns launch by launch, and which goes first
 * alternates, so a busy machine slows both alike.
 *
 * Why not a tab: a tab showing popup.html shares the document and scripts but not the path. The
 * toolbar popup is its own view in its own window, shown only once its document has loaded, in a
 * renderer started for it; on the same build a tab gave 1.18x an empty page while the real popup
 * gave 2.06x an empty extension's popup.
 *
 * Playwright does not attach to the popup's view, so this goes over raw CDP: discover targets,
 * `Target.attachToTarget` (flatten) on the popup's page target, then read the buffered
 * `first-contentful-paint` entry with a PerformanceObserver inside it.
 *
 * Each extension gets a profile prepared once (launched, installed, closed), copied for every
 * launch: the figure is a returning user's popup, not one racing the first-run welcome tab.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, type Extension, type TargetInfo } from './chromium.ts';

export interface RealPopupSample {
  /** `first-contentful-paint` startTime in the popup document (from its navigation start), ms. */
  fcp: number;
  /** From the `openPopup()` call in the worker to that paint, ms (same machine clock). */
  fromCall: number;
  /**
   * The popup document's own milestones, from its navigation start, ms: Chrome shows the popup only
   * at the load event (ExtensionPopup::DocumentOnLoadCompletedInPrimaryMainFrame), so everything
   * that delays `load` delays the first paint.
   */
  domInteractive: number;
  loadEventEnd: number;
  /**
   * When the popup first showed a real status (Limber's own `limber-status-shown` mark, set at the
   * frame that draws it), ms from navigation start; null for a popup without one (the empty one).
   */
  statusShown: number | null;
}

/** Samples per subject ("limber", "empty", or any names a comparison run chooses). */
export type RealPopupFigures = Record<string, RealPopupSample[]>;

export interface PopupSubject {
  ext: Extension;
  popupPath: string;
}

interface Subject extends PopupSubject {
  name: string;
  template: string;
}

/** Time for the install's own work (Limber opens its welcome tab) before the template is closed. */
const INSTALL_SETTLE_MS = 3_000;
/**
 * From the launch to the click, as for a person, who does not open a popup in the browser's first
 * second. Opened at once, the popup loads beside the browser's own start-up (its WebUI pages, the
 * extensions' workers starting in the popup's own process): that doubled the empty popup's first
 * paint and made the figures swing with it (docs/BENCHMARKS.md).
 */
const LAUNCH_SETTLE_MS = 2_000;
/**
 * From the popup being shown (`openPopup()` resolves then) to attaching DevTools to it. Attaching and
 * evaluating in a page with no script of its own (the empty popup) creates its script context there
 * and then, during its first frame; later, the paint entry and the marks are read from the buffer.
 */
const ATTACH_AFTER_SHOWN_MS = 1_000;

const READ_FCP = `new Promise((resolve, reject) => {
  const fail = setTimeout(() => reject(new Error('no first-contentful-paint within 10 s')), 10000);
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (!entry) return;
    observer.disconnect();
    clearTimeout(fail);
    const nav = performance.getEntriesByType('navigation')[0];
    resolve({
      fcp: entry.startTime,
      origin: performance.timeOrigin,
      domInteractive: nav ? nav.domInteractive : -1,
      loadEventEnd: nav ? nav.loadEventEnd : -1,
    });
  }).observe({ type: 'paint', buffered: true });
})`;

/** The popup's own "status on screen" mark, if it sets one (an empty popup does not: null at once). */
const READ_STATUS_SHOWN = `new Promise((resolve) => {
  if (!document.querySelector('.status-card')) return resolve(null);
  const started = Date.now();
  const poll = () => {
    const mark = performance.getEntriesByName('limber-status-shown')[0];
    if (mark) resolve(mark.startTime);
    else if (Date.now() - started > 10000) resolve(null);
    else setTimeout(poll, 20);
  };
  poll();
})`;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls `check` (errors count as "not yet") until it holds, for at most 10 s. */
async function until(check: () => Promise<boolean>, failure: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(failure);
    await sleep(10);
  }
}

async function prepareTemplate(ext: Extension): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'limber-bench-template-'));
  const browser = await Browser.launch([ext], profile, true);
  await sleep(INSTALL_SETTLE_MS);
  await browser.close();
  return profile;
}

/** One fresh launch from the subject's template: open the real popup and read its first paint. */
async function sample(subject: Subject): Promise<RealPopupSample> {
  const profile = mkdtempSync(join(tmpdir(), 'limber-bench-run-'));
  cpSync(subject.template, profile, { recursive: true });
  const browser = await Browser.launch([subject.ext], profile);
  try {
    const ext = browser.extensions[0];
    if (!ext) throw new Error('extension not loaded');
    const popupUrl = ext.url(subject.popupPath);
    await browser.cdp.send('Target.setDiscoverTargets', { discover: true });
    // The popup's target is created as type "other" with no URL, then changes into our page.
    const isPopup = (p: Record<string, unknown>) => {
      const info = p.targetInfo as TargetInfo;
      return info.type === 'page' && info.url === popupUrl;
    };
    const offs: (() => void)[] = [];
    const popupTarget = new Promise<string>((resolve) => {
      for (const event of ['Target.targetCreated', 'Target.targetInfoChanged']) {
        offs.push(browser.cdp.on(event, (p) => isPopup(p) && resolve((p.targetInfo as TargetInfo).targetId)));
      }
    });
    await sleep(LAUNCH_SETTLE_MS);
    const worker = await browser.attachWorker(ext);
    // Attached during start-up, the worker's global may not have its extension bindings yet.
    await until(() => worker.evaluate<boolean>("typeof chrome === 'object' && !!chrome.action"), 'no chrome.action');
    const calledAt = await worker.evaluate<number>(
      '(async () => { const at = performance.timeOrigin + performance.now(); await chrome.action.openPopup(); return at; })()',
    );
    const targetId = await Promise.race([popupTarget, sleep(10_000).then(() => null)]);
    for (const off of offs) off();
    if (!targetId) throw new Error('no popup target within 10 s of openPopup()');
    await sleep(ATTACH_AFTER_SHOWN_MS);
    const popup = await browser.attach(targetId);
    // A popup still loading (a very busy machine) may show its initial empty document: wait for ours.
    await until(
      async () => (await popup.evaluate<string>('location.href')) === popupUrl,
      'the popup document never loaded',
    );
    const read = await popup.evaluate<{ fcp: number; origin: number; domInteractive: number; loadEventEnd: number }>(
      READ_FCP,
    );
    const statusShown = await popup.evaluate<number | null>(READ_STATUS_SHOWN);
    return {
      statusShown,
      fcp: read.fcp,
      fromCall: read.origin + read.fcp - calledAt,
      domInteractive: read.domInteractive,
      loadEventEnd: read.loadEventEnd,
    };
  } finally {
    await browser.close();
  }
}

/**
 * Every subject is sampled `runs` times (after `warmup` discarded rounds), one fresh launch each,
 * round by round, the order rotating each round so no subject always goes first.
 */
export async function measureRealPopupPaint(
  subjects: Record<string, PopupSubject>,
  runs: number,
  warmup = 1,
): Promise<RealPopupFigures> {
  const prepared: Subject[] = [];
  const figures: RealPopupFigures = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
  try {
    for (const [name, s] of Object.entries(subjects)) {
      prepared.push({ name, ...s, template: await prepareTemplate(s.ext) });
    }
    for (let i = 0; i < warmup + runs; i++) {
      const order = prepared.map((_, k) => prepared[(k + i) % prepared.length] as Subject);
      for (const subject of order) {
        const s = await sample(subject);
        if (i >= warmup) figures[subject.name]?.push(s);
      }
    }
  } finally {
    for (const s of prepared) rmSync(s.template, { recursive: true, force: true });
  }
  return figures;
}
