/**
 * Launches Debian's Chromium with the built extension in a fresh (or reused) profile, finds the
 * service worker and extension id, and offers the few helpers e2e tests need.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { extensionArgs, isLimberWorker } from './chromiumLaunch.ts';

export const DIST = resolve('dist/chrome');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profile: string;
  /** The welcome tab a fresh profile's install opened, when asked to keep it (`keepWelcome`). */
  welcome: Page | null;
  url(path: string): string;
  close(): Promise<void>;
}

export function freshProfile(): string {
  return mkdtempSync(join(tmpdir(), 'limber-e2e-'));
}

export interface LaunchOptions {
  /**
   * UI language, as a _locales folder name ("de", "pt_BR"). On Linux Chromium takes its locale from
   * LANGUAGE (the --lang switch is not used for it), but only for locales with a .pak file, and
   * Debian's chromium ships en-US.pak alone (the others are in chromium-l10n). So all three are set:
   * LANGUAGE, which with chromium-l10n makes everything follow, `@@ui_locale` included; `--lang`,
   * which picks the extension's message bundle (getMessage) even without it; and Playwright's
   * `locale`, which sets chrome.i18n.getUILanguage(), navigator.language and Intl's default.
   */
  lang?: string;
  /** More unpacked extensions to load beside Limber (directories), e.g. a stranger that pokes at it. */
  extensions?: string[];
  /**
   * Installing Limber in a fresh profile opens the welcome page. It is closed by default, so every
   * test starts from the same pages whatever the install did; the first-run tests keep it.
   */
  keepWelcome?: boolean;
}

export const WELCOME_PAGE = 'src/ui/welcome/welcome.html';

/** The welcome tab, which the install opens shortly after the worker starts. */
async function welcomeTab(context: BrowserContext): Promise<Page> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const page = context.pages().find((p) => p.url().includes(WELCOME_PAGE));
    if (page) return page;
    if (Date.now() > deadline) throw new Error('The install did not open the welcome page');
    await new Promise((done) => setTimeout(done, 50));
  }
}

export async function launch(profile = freshProfile(), options: LaunchOptions = {}): Promise<Session> {
  const { lang } = options;
  // An empty profile means a first install: the welcome page will open.
  const fresh = readdirSync(profile).length === 0;
  const loaded = [DIST, ...(options.extensions ?? [])].join(',');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ...(lang ? { locale: lang.replace('_', '-'), env: { ...process.env, LANGUAGE: lang } } : {}),
    args: [...(lang ? [`--lang=${lang}`] : []), ...extensionArgs(loaded)],
  });
  const worker =
    context.serviceWorkers().find(isLimberWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isLimberWorker }));
  await expectPinnedClock('the service worker', await worker.evaluate(() => Date.now()));
  const extensionId = new URL(worker.url()).host;
  let welcome = fresh ? await welcomeTab(context) : null;
  // Wait until it has rendered: closing an extension page while it loads can leave Chromium's next
  // extension page without its message bundle (chrome.i18n.getMessage answers '' there), seen as
  // raw keys in the popup in about one launch in six.
  await welcome?.locator('#wel-title').waitFor({ timeout: 30_000 });
  if (welcome && !options.keepWelcome) {
    await welcome.close();
    welcome = null;
  }
  return {
    context,
    worker,
    extensionId,
    profile,
    welcome,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    close: () => context.close(),
  };
}

/**
 * In a pinned-clock run (npm run test:dates) every browser process must read the pinned clock, as
 * Node does; a browser that ignored LD_PRELOAD would silently test today's date instead.
 */
async function expectPinnedClock(where: string, browserNow: number): Promise<void> {
  if (!process.env.LIMBER_PINNED_AT) return;
  if (Math.abs(browserNow - Date.now()) > 60_000) {
    throw new Error(
      `${where} reads ${new Date(browserNow).toISOString()}, not the pinned clock (${new Date().toISOString()})`,
    );
  }
}

export function removeProfile(profile: string): void {
  rmSync(profile, { recursive: true, force: true });
}

/** Limber's current service worker (a stopped one is replaced by a new instance on the next event). */
export async function currentWorker(session: Session): Promise<Worker> {
  const own = (w: Worker) => new URL(w.url()).host === session.extensionId;
  const workers = session.context.serviceWorkers().filter(own);
  return workers[workers.length - 1] ?? (await session.context.waitForEvent('serviceworker', { predicate: own }));
}

/** Opens an extension page; extension pages can message the background like the popup does. */
export async function openPage(session: Session, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.url(path));
  await expectPinnedClock(path, await page.evaluate(() => Date.now()));
  return page;
}

/** Sends a message-map request from an extension page, exactly as the popup's client does. */
export async function ask<T = unknown>(page: Page, type: string, payload: object = {}): Promise<T> {
  const reply = await page.evaluate(([type, payload]) => chrome.runtime.sendMessage({ limber: 1, type, payload }), [
    type,
    payload,
  ] as const);
  return reply as T;
}

/** Stops the worker the way Chrome does when it is idle (CDP ServiceWorker.stopWorker). */
export async function stopWorker(session: Session, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  const versions = new Promise<string[]>((done) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ids = versions
        .filter(
          (v) => v.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`) && v.runningStatus !== 'stopped',
        )
        .map((v) => v.versionId);
      if (ids.length > 0) done(ids);
    });
  });
  await cdp.send('ServiceWorker.enable');
  for (const versionId of await versions) await cdp.send('ServiceWorker.stopWorker', { versionId });
  await cdp.detach();
}
