// @vitest-environment happy-dom
/**
 * The popup's boot script (src/ui/popup/boot.ts) imports the app once the popup has painted, and
 * after 1 s in a page that never paints (a popup page opened in a background tab), and only once.
 * The e2e test in tests/e2e/popup.e2e.ts checks the order of requests in the real popup.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

const APP = new URL('../fixtures/popupBootApp.ts', import.meta.url).pathname;
// A classic script, not a module (no imports or exports), so TypeScript would refuse a literal import.
const BOOT = new URL('../../src/ui/popup/boot.ts', import.meta.url).pathname;
const runs = () => (globalThis as { popupBootAppRuns?: number }).popupBootAppRuns ?? 0;
const preloads = () =>
  [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));

/** Paint entries the page has reported so far; observers registered before a paint hear of it too. */
let painted: string[] = [];
const observers: ((entries: string[]) => void)[] = [];
class FakePerformanceObserver {
  private open = true;
  constructor(private readonly callback: (list: { getEntriesByName(name: string): unknown[] }, o: unknown) => void) {}
  observe() {
    const deliver = (names: string[]) => {
      if (this.open) this.callback({ getEntriesByName: (name) => names.filter((n) => n === name) }, this);
    };
    observers.push(deliver);
    if (painted.length > 0) deliver(painted);
  }
  disconnect() {
    this.open = false;
  }
}
function paint(name: string) {
  painted.push(name);
  for (const deliver of observers) deliver([name]);
}

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  painted = [];
  observers.length = 0;
  delete (globalThis as { popupBootAppRuns?: number }).popupBootAppRuns;
  document.head.replaceChildren();
  vi.stubGlobal('PerformanceObserver', FakePerformanceObserver);
  const script = document.createElement('script');
  script.dataset.app = APP;
  script.dataset.preload = '/assets/a.js /assets/b.js';
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

test('a popup that is shown starts the app at its first contentful paint after load, and only then', async () => {
  await import(/* @vite-ignore */ BOOT);
  dispatchEvent(new Event('load'));
  paint('first-paint');
  expect(preloads()).toEqual([]);
  paint('first-contentful-paint');
  expect(preloads()).toEqual(['/assets/a.js', '/assets/b.js']);
  await vi.waitFor(() => expect(runs()).toBe(1));
  // The fallback a second later does not start it again.
  vi.advanceTimersByTime(1_000);
  expect(preloads()).toHaveLength(2);
  await new Promise((done) => setImmediate(done));
  expect(runs()).toBe(1);
});

test('a page that is never painted starts the app after 1 s, not sooner', async () => {
  await import(/* @vite-ignore */ BOOT);
  dispatchEvent(new Event('load'));
  vi.advanceTimersByTime(999);
  expect(preloads()).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(preloads()).toEqual(['/assets/a.js', '/assets/b.js']);
  await vi.waitFor(() => expect(runs()).toBe(1));
});
