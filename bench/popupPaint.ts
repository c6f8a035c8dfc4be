/**
 * Popup first contentful paint and load event, each in a fresh tab, against an empty page of the
 * same extension (empty.html in the bench copy). Popup and empty page alternate, and which goes
 * first alternates too, so drift on a busy machine falls on both alike. Headless Chromium opens
 * the popup as a tab: the same document, scripts and renderer as the toolbar popup.
 */
import type { Browser, LoadedExtension } from './chromium.ts';
import { EMPTY_PAGE_FILE } from './emptyExtension.ts';

export interface PaintSample {
  fcp: number;
  load: number;
}

export interface PaintFigures {
  popup: PaintSample[];
  empty: PaintSample[];
}

/** Waits (in the page) for the FCP entry and the end of the load event; times are from navigation start. */
const READ_PAINT = `new Promise((resolve, reject) => {
  const fail = setTimeout(() => reject(new Error('no first-contentful-paint within 5 s')), 5000);
  const finish = (fcp) => {
    const poll = () => {
      const nav = performance.getEntriesByType('navigation')[0];
      if (nav && nav.loadEventEnd > 0) { clearTimeout(fail); resolve({ fcp, load: nav.loadEventEnd }); }
      else setTimeout(poll, 10);
    };
    poll();
  };
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (entry) { observer.disconnect(); finish(entry.startTime); }
  }).observe({ type: 'paint', buffered: true });
})`;

async function sample(browser: Browser, url: string): Promise<PaintSample> {
  const page = await browser.open(url);
  try {
    return await page.evaluate<PaintSample>(READ_PAINT);
  } finally {
    await page.close();
  }
}

export async function measurePopupPaint(
  browser: Browser,
  limber: LoadedExtension,
  popupPath: string,
  runs: number,
  warmup = 3,
): Promise<PaintFigures> {
  const figures: PaintFigures = { popup: [], empty: [] };
  const popupUrl = limber.url(popupPath);
  const emptyUrl = limber.url(EMPTY_PAGE_FILE);
  for (let i = 0; i < warmup + runs; i++) {
    const order = i % 2 === 0 ? (['popup', 'empty'] as const) : (['empty', 'popup'] as const);
    for (const which of order) {
      const s = await sample(browser, which === 'popup' ? popupUrl : emptyUrl);
      if (i >= warmup) figures[which].push(s);
    }
  }
  return figures;
}
