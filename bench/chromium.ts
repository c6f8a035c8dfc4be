/**
 * Launches Debian's headless Chromium with unpacked extensions and a CDP pipe, and offers the few
 * page and service-worker operations the browser measurements need. One browser serves every
 * browser measurement, so baselines and subjects are measured side by side, interleaved.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { Cdp } from './cdp.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EVALUATE_TIMEOUT_MS = 30_000;

export interface Extension {
  dir: string;
  /** File name of its service worker script, to find it among the targets. */
  workerFile: string;
}

export interface LoadedExtension extends Extension {
  id: string;
  url(path: string): string;
}

export interface Page {
  targetId: string;
  sessionId: string;
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

export class Browser {
  private readonly versions = new Map<string, WorkerVersion>();
  private control: Page | null = null;

  private constructor(
    readonly cdp: Cdp,
    private readonly proc: ChildProcess,
    private readonly profile: string,
    readonly extensions: LoadedExtension[],
    private readonly keepProfile: boolean,
  ) {}

  /**
   * `profile`: a user-data dir to start from, fresh by default; it is removed on close unless
   * `keepProfile` (a profile prepared once and copied for each launch).
   */
  static async launch(
    extensions: Extension[],
    profile = mkdtempSync(join(tmpdir(), 'limber-bench-')),
    keepProfile = false,
  ): Promise<Browser> {
    const dirs = extensions.map((e) => e.dir).join(',');
    const args = [
      '--headless',
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      `--disable-extensions-except=${dirs}`,
      `--load-extension=${dirs}`,
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-dev-shm-usage',
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      'about:blank',
    ];
    // Chromium's sandbox refuses to start as root (CI containers); Playwright does the same.
    if (process.getuid?.() === 0) args.unshift('--no-sandbox');
    const proc = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    const cdp = new Cdp(proc.stdio[3] as Writable, proc.stdio[4] as Readable);
    const loaded = await findExtensions(cdp, extensions);
    const browser = new Browser(cdp, proc, profile, loaded, keepProfile);
    await browser.trackWorkers();
    return browser;
  }

  extension(workerFile: string): LoadedExtension {
    const found = this.extensions.find((e) => e.workerFile === workerFile);
    if (!found) throw new Error(`No extension with worker ${workerFile}`);
    return found;
  }

  /** Opens a fresh tab and loads `url` in it; resolves after the load event. */
  async open(url: string): Promise<Page> {
    const { targetId } = await this.cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
    const page = await this.attach(targetId);
    await this.cdp.send('Page.enable', {}, page.sessionId);
    const loaded = this.cdp.waitFor('Page.loadEventFired', (_, s) => s === page.sessionId);
    await this.cdp.send('Page.navigate', { url }, page.sessionId);
    await loaded;
    return page;
  }

  async attach(targetId: string): Promise<Page> {
    const { sessionId } = await this.cdp.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId,
      flatten: true,
    });
    const cdp = this.cdp;
    return {
      targetId,
      sessionId,
      async evaluate<T>(expression: string): Promise<T> {
        type Evaluated = { result: { value: T }; exceptionDetails?: { text: string; exception?: object } };
        // A page that never answers (a worker that never replies) must fail the figure, not hang the bench.
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`evaluate timed out: ${expression.slice(0, 60)}`)),
            EVALUATE_TIMEOUT_MS,
          );
        });
        const evaluated = cdp.send<Evaluated>(
          'Runtime.evaluate',
          { expression, awaitPromise: true, returnByValue: true },
          sessionId,
        );
        const reply = await Promise.race([evaluated, timeout]).finally(() => clearTimeout(timer));
        if (reply.exceptionDetails) {
          throw new Error(
            `evaluate failed: ${JSON.stringify(reply.exceptionDetails.exception ?? reply.exceptionDetails)}`,
          );
        }
        return reply.result.value;
      },
      close: async () => {
        await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
      },
    };
  }

  /** Stops an extension's service worker the way Chrome does when it is idle, and waits until it has. */
  async stopWorker(ext: LoadedExtension): Promise<void> {
    const running = [...this.versions.values()].filter(
      (v) => v.scriptURL === ext.url(ext.workerFile) && v.runningStatus !== 'stopped',
    );
    if (running.length === 0) return;
    const session = await this.controlSession();
    for (const v of running) {
      const stopped = this.waitForStatus(v.versionId, 'stopped');
      await this.cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId }, session);
      await stopped;
    }
  }

  /** Attaches to an extension's running service worker (for heap figures). */
  async attachWorker(ext: LoadedExtension): Promise<Page> {
    const { targetInfos } = await this.cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === ext.url(ext.workerFile));
    if (!target) throw new Error(`The worker of ${ext.workerFile} is not running`);
    return this.attach(target.targetId);
  }

  /**
   * Closes the page an extension opens on install (Limber's welcome page), waiting up to `ms` for it
   * to appear. Left open, it is the active tab: pages the bench opens after it can start hidden,
   * and a hidden page never paints (no first-contentful-paint).
   */
  async closeInstallPage(ext: LoadedExtension, path: string, ms = 5_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const { targetInfos } = await this.cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
      const page = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(ext.url(path)));
      if (page) {
        await this.cdp.send('Target.closeTarget', { targetId: page.targetId });
        return;
      }
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  async close(): Promise<void> {
    const exited = new Promise((done) => this.proc.once('exit', done));
    await this.cdp.send('Browser.close').catch(() => undefined);
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    if (!this.keepProfile) rmSync(this.profile, { recursive: true, force: true });
  }

  private async controlSession(): Promise<string> {
    this.control ??= await this.open('about:blank');
    return this.control.sessionId;
  }

  private async trackWorkers(): Promise<void> {
    this.cdp.on('ServiceWorker.workerVersionUpdated', (params) => {
      for (const v of params.versions as WorkerVersion[]) this.versions.set(v.versionId, v);
    });
    const session = await this.controlSession();
    const first = this.cdp.waitFor('ServiceWorker.workerVersionUpdated', () => true);
    await this.cdp.send('ServiceWorker.enable', {}, session);
    await first;
  }

  private waitForStatus(versionId: string, status: string): Promise<unknown> {
    return this.cdp.waitFor('ServiceWorker.workerVersionUpdated', (params) =>
      (params.versions as WorkerVersion[]).some((v) => v.versionId === versionId && v.runningStatus === status),
    );
  }
}

/** Waits for each extension's service worker target; its URL gives the extension id. */
async function findExtensions(cdp: Cdp, extensions: Extension[]): Promise<LoadedExtension[]> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const { targetInfos } = await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
    const found = extensions.map((ext) => {
      const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith(`/${ext.workerFile}`));
      if (!target) return null;
      const id = new URL(target.url).host;
      return { ...ext, id, url: (path: string) => `chrome-extension://${id}/${path}` };
    });
    if (found.every((f) => f !== null)) return found as LoadedExtension[];
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The extensions did not start (no service worker targets)');
}
