/**
 * Starts Debian's firefox-esr (headless, fresh or reused profile) with Marionette on, installs the
 * Firefox build as a permanent add-on, and offers the few helpers the Firefox tests need.
 * docs/FIREFOX.md explains the choices (why Marionette, which prefs, what the console check reads).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distFiles, packageVersion } from '../../scripts/package-inputs.ts';
import { writeZip } from '../../scripts/zip-write.ts';
import { Marionette, MarionetteError } from './marionette.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id the Firefox manifest declares (scripts/manifest-variants.ts). */
export const ADDON_ID = 'limber@limber-extension.org';

/** A page script: sends arguments[0] / arguments[1] as a request on a request port; resolves to the reply. */
export const ASK_SCRIPT = `return new Promise((resolve) => {
  const port = browser.runtime.connect({ name: 'limber-request' });
  port.onMessage.addListener((reply) => { port.disconnect(); resolve(reply); });
  port.onDisconnect.addListener(() => resolve(undefined));
  port.postMessage({ limber: 1, type: arguments[0], payload: arguments[1] });
});`;

/** Some commands answer with the bare result, some wrap it as `{ value }`. */
type Valued<T> = T | { value: T };
const unwrap = <T>(result: Valued<T>): T =>
  result !== null && typeof result === 'object' && 'value' in result ? result.value : (result as T);

/** A web element reference as WebDriver serialises it. */
export type ElementRef = Record<string, string>;

export interface FirefoxProfile {
  dir: string;
  /** Fixed per profile, so extension URLs stay the same across restarts. */
  uuid: string;
}

export function freshProfile(): FirefoxProfile {
  return { dir: mkdtempSync(join(tmpdir(), 'limber-ff-')), uuid: randomUUID() };
}

export function removeProfile(profile: FirefoxProfile): void {
  rmSync(profile.dir, { recursive: true, force: true });
}

/**
 * The Firefox build zipped as an XPI (Addon:Install takes the path of a file). With `version`, the
 * same build under another manifest version: installed over the add-on, Firefox treats it as an
 * update of that add-on (runtime.onInstalled with reason "update"), as it would a store update.
 */
function buildXpi(dir: string, version?: string): string {
  const files = distFiles('firefox', packageVersion());
  if (version !== undefined) {
    const manifest = JSON.parse(Buffer.from(files.get('manifest.json') as Uint8Array).toString('utf8'));
    files.set('manifest.json', Buffer.from(JSON.stringify({ ...manifest, version }, null, 2), 'utf8'));
  }
  const path = join(dir, version === undefined ? 'limber.xpi' : `limber-${version}.xpi`);
  writeFileSync(path, writeZip([...files].map(([name, data]) => ({ path: name, data }))));
  return path;
}

function userJs(profile: FirefoxProfile): string {
  const prefs: Record<string, unknown> = {
    // Marionette picks a free port and writes it to <profile>/MarionetteActivePort.
    'marionette.port': 0,
    // firefox-esr honours this: the unsigned build stays installed across a restart.
    'xpinstall.signatures.required': false,
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: profile.uuid }),
    // Without a desktop notification daemon, the system backend closes every notification at once;
    // Firefox's own alert window stays and can be clicked from the chrome context.
    'alerts.useSystemBackend': false,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'browser.aboutwelcome.enabled': false,
    'extensions.autoDisableScopes': 0,
  };
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
    .join('');
}

/** Polls `probe` every 100 ms until it returns something other than undefined. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  ms: number,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

export class FirefoxSession {
  private context: 'content' | 'chrome' = 'content';

  constructor(
    readonly profile: FirefoxProfile,
    readonly client: Marionette,
    private readonly child: ChildProcess,
  ) {}

  url(path: string): string {
    return `moz-extension://${this.profile.uuid}/${path}`;
  }

  private async setContext(value: 'content' | 'chrome'): Promise<void> {
    if (this.context === value) return;
    await this.client.send('Marionette:SetContext', { value });
    this.context = value;
  }

  /** Runs a function body in the current tab's page, with its rights (so `browser.*` works); a promise is awaited. */
  async execute<T>(script: string, args: unknown[] = []): Promise<T> {
    await this.setContext('content');
    const { value } = await this.client.send<{ value: T }>('WebDriver:ExecuteScript', { script, args });
    return value;
  }

  /** Runs a function body in the browser's chrome (Services, windows, the alert window). */
  async chrome<T>(script: string, args: unknown[] = []): Promise<T> {
    await this.setContext('chrome');
    try {
      const { value } = await this.client.send<{ value: T }>('WebDriver:ExecuteScript', { script, args });
      return value;
    } finally {
      await this.setContext('content');
    }
  }

  async navigate(url: string): Promise<void> {
    await this.setContext('content');
    await this.client.send('WebDriver:Navigate', { url });
  }

  /** Opens a new tab, switches to it and loads `path` there. Returns its handle. */
  async openTab(path: string): Promise<string> {
    await this.setContext('content');
    const { handle } = await this.client.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' });
    await this.switchTo(handle);
    await this.navigate(this.url(path));
    return handle;
  }

  /** The handle of the current tab or window. */
  async handle(): Promise<string> {
    return unwrap(await this.client.send<Valued<string>>('WebDriver:GetWindowHandle'));
  }

  async switchTo(handle: string): Promise<void> {
    await this.client.send('WebDriver:SwitchToWindow', { handle, focus: true });
  }

  async handles(): Promise<string[]> {
    return unwrap(await this.client.send<Valued<string[]>>('WebDriver:GetWindowHandles'));
  }

  /** The URL of each open tab or window, by handle (switching back to the current one after). */
  async pages(): Promise<Map<string, string>> {
    const current = await this.client.send<Valued<string>>('WebDriver:GetWindowHandle').then(unwrap, () => null);
    const pages = new Map<string, string>();
    for (const handle of await this.handles()) {
      try {
        await this.switchTo(handle);
        pages.set(handle, unwrap(await this.client.send<Valued<string>>('WebDriver:GetCurrentURL')));
      } catch (error) {
        // A window that closed itself since the list was taken (the reminder window does).
        if (!(error instanceof MarionetteError && error.kind === 'no such window')) throw error;
      }
    }
    if (current && pages.has(current)) await this.switchTo(current);
    return pages;
  }

  /** Waits until a tab or window shows `path`, and switches to it. */
  async switchToPage(path: string, ms = 15_000): Promise<string> {
    const url = this.url(path);
    return waitFor(
      `a page at ${path}`,
      async () => {
        for (const [handle, at] of await this.pages()) {
          if (at.startsWith(url)) {
            await this.switchTo(handle);
            return handle;
          }
        }
        return undefined;
      },
      ms,
    ).catch(async (error: unknown) => {
      // Say what was open instead: the quickest clue to where the page went.
      const open = [...(await this.pages().catch(() => new Map<string, string>())).values()].join(', ');
      throw new Error(`${error instanceof Error ? error.message : String(error)} (open: ${open || 'nothing'})`);
    });
  }

  async closeTab(): Promise<string[]> {
    return unwrap(await this.client.send<Valued<string[]>>('WebDriver:CloseWindow'));
  }

  /**
   * Counts as user input for Firefox's idle service. Headless Firefox takes idle time from real input
   * only (Marionette's synthetic clicks do not reset it), so without this the idle API reports idle a
   * minute after start and Limber, rightly, stops counting.
   */
  async userActive(): Promise<void> {
    await this.chrome(
      'Cc["@mozilla.org/widget/useridleservice;1"].getService(Ci.nsIUserIdleServiceInternal).resetIdleTimeOut(0);',
    );
  }

  /** Polls a function body in the page until it returns something other than null/undefined/false. */
  async until<T>(what: string, script: string, args: unknown[] = [], ms = 15_000): Promise<T> {
    return waitFor(
      what,
      async () => {
        const value = await this.execute<T | null | false>(script, args).catch((error: unknown) => {
          // A page that is navigating or closing answers with an error for a moment.
          if (error instanceof MarionetteError) return null;
          throw error;
        });
        return value === null || value === undefined || value === false ? undefined : (value as T);
      },
      ms,
    );
  }

  /** Finds a button by its visible text (or accessible label) and clicks it as a user would. */
  async clickButton(name: string | RegExp, ms = 15_000): Promise<void> {
    const pattern = typeof name === 'string' ? `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : name.source;
    const element = await this.until<ElementRef>(
      `a button named ${String(name)}`,
      `const pattern = new RegExp(arguments[0]);
       return [...document.querySelectorAll('button')].find((b) =>
         !b.disabled && b.offsetParent !== null &&
         (pattern.test(b.textContent.trim()) || pattern.test(b.getAttribute('aria-label') ?? ''))) ?? null;`,
      [pattern],
      ms,
    );
    await this.client.send('WebDriver:ElementClick', { id: Object.values(element)[0] });
  }

  /**
   * The element, once it exists: the popup paints a static skeleton before its app renders, so its
   * tabs and buttons appear a moment after the page has loaded.
   */
  async findElement(css: string, ms = 15_000): Promise<ElementRef> {
    return this.until<ElementRef>(`the element ${css}`, 'return document.querySelector(arguments[0]);', [css], ms);
  }

  async click(css: string): Promise<void> {
    await this.client.send('WebDriver:ElementClick', { id: Object.values(await this.findElement(css))[0] });
  }

  /**
   * Replaces what the field holds with `text`, typed. The old value is selected (Ctrl+A) and deleted
   * with keys, as a person would: Marionette's ElementClear empties the field without an input
   * event, so a Preact field that renders its own draft puts the old value back and the typed text
   * lands after it ("30" + "45" = "3045").
   */
  async type(css: string, text: string): Promise<void> {
    const id = Object.values(await this.findElement(css))[0];
    await this.client.send('WebDriver:ElementSendKeys', { id, text: '\uE009a\uE000\uE003' });
    await this.client.send('WebDriver:ElementSendKeys', { id, text });
  }

  /**
   * A message-map request from the current extension page, exactly as the pages' client sends it:
   * on a request port of its own (not runtime.sendMessage, which Firefox delivers to every page).
   */
  async ask<T>(type: string, payload: object = {}): Promise<{ ok: true; data: T } | { ok: false; error: string }> {
    return this.execute(ASK_SCRIPT, [type, payload]);
  }

  /**
   * Installs the Firefox build as a permanent add-on; over the installed one, that is an update
   * (`version` gives it another manifest version). Resolves once Firefox has installed it (its
   * background may still be starting). Firefox closes the add-on's own pages as it replaces it; the
   * session is left on a tab that is still open.
   */
  async install(version?: string): Promise<void> {
    await this.setContext('content');
    await this.client.send('Addon:Install', { path: buildXpi(this.profile.dir, version), temporary: false });
    const open = await this.handles();
    const current = await this.client.send<Valued<string>>('WebDriver:GetWindowHandle').then(unwrap, () => null);
    if (current === null || !open.includes(current)) await this.switchTo(open[0] as string);
  }

  /** Runs a __limberTest hook on the event page, reached from the current extension page. */
  async hook<T>(name: 'advance' | 'dispatch' | 'now' | 'recovered' | 'started', arg?: unknown): Promise<T> {
    return this.execute(
      `const [name, arg] = arguments;
       return browser.runtime.getBackgroundPage().then((page) => page.__limberTest[name](arg));`,
      [name, arg],
    );
  }

  /**
   * Every console message of every process (page, event page, Firefox itself) that is an error, or
   * a warning about this add-on. Read from the chrome context's console service.
   */
  async consoleProblems(): Promise<string[]> {
    return this.chrome<string[]>(
      `const [id, origin] = arguments;
       const problems = [];
       for (const m of Services.console.getMessageArray() ?? []) {
         const text = m.message ?? '';
         if (!(m instanceof Ci.nsIScriptError)) {
           // The quota manager's own diagnostics: on a restarted profile its first initialisation of
           // an origin's storage can log a WARNING-level QM_TRY line naming that origin and then
           // succeed (the restart test reads every record back). Not an error, not Limber's.
           if (text.includes('QM_TRY failure (WARNING)')) continue;
           if (text.includes(id) || text.includes(origin)) problems.push('console: ' + text);
           continue;
         }
         const isError = !(m.flags & Ci.nsIScriptError.warningFlag) && !(m.flags & Ci.nsIScriptError.infoFlag);
         const ours = text.includes(id) || text.includes(origin) || (m.sourceName ?? '').startsWith(origin);
         if (isError || ours) problems.push((isError ? 'error: ' : 'warning: ') + text + ' @ ' + (m.sourceName ?? ''));
       }
       return problems;`,
      [ADDON_ID, `moz-extension://${this.profile.uuid}`],
    );
  }

  /**
   * The console problems once the console has settled, then clears the console for the next check.
   * Messages logged in the extension's process reach the parent's console service asynchronously
   * (an IPC hop), and a page closing with a request in flight logs its error as it unloads; so the
   * check reads, waits one second, and reads again until nothing new arrives.
   */
  async settledConsoleProblems(): Promise<string[]> {
    let seen = await this.consoleProblems();
    for (;;) {
      await new Promise((done) => setTimeout(done, 1_000));
      const now = await this.consoleProblems();
      if (now.length === seen.length) break;
      seen = now;
    }
    await this.chrome('Services.console.reset();');
    return seen;
  }

  /** Moves the pointer onto the element (pointerenter fires), then clicks it without pausing. */
  async hoverThenClick(css: string): Promise<void> {
    const element = await this.findElement(css);
    await this.client.send('WebDriver:PerformActions', {
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', origin: element, x: 0, y: 0, duration: 0 },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await this.client.send('WebDriver:ReleaseActions');
  }

  /** Waits until no tab or window shows `path`. */
  async waitClosed(path: string, ms = 15_000): Promise<void> {
    const url = this.url(path);
    await waitFor(
      `${path} to close`,
      async () => ([...(await this.pages()).values()].some((at) => at.startsWith(url)) ? undefined : true),
      ms,
    );
  }

  /**
   * Clicks Firefox's own alert window (pref alerts.useSystemBackend off) whose title is `title`:
   * the same path as a user's click, so the add-on's notifications.onClicked fires.
   */
  async clickAlert(title: string, ms = 15_000): Promise<void> {
    await waitFor(
      `an alert titled "${title}"`,
      async () =>
        (await this.chrome<boolean>(
          `for (const win of Services.wm.getEnumerator('alert:alert')) {
             const label = win.document.getElementById('alertTitleLabel');
             if (label && label.getAttribute('value') === arguments[0]) {
               win.document.getElementById('alertBox').click();
               return true;
             }
           }
           return false;`,
          [title],
        )) || undefined,
      ms,
    );
  }

  /** Quits Firefox the way a user does (so the profile is flushed) and waits for the process. */
  async quit(): Promise<void> {
    const exited = new Promise<void>((done) => {
      if (this.child.exitCode !== null) done();
      else this.child.once('exit', () => done());
    });
    await this.client.send('Marionette:Quit', { flags: ['eAttemptQuit'] }).catch(() => undefined);
    this.client.close();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }
}

export interface LaunchOptions {
  /** Installs the Firefox build (first start of a profile). */
  install?: boolean;
}

/** Starts Firefox on the profile and connects Marionette; installs Limber on a fresh profile. */
export async function launchFirefox(profile = freshProfile(), { install = true }: LaunchOptions = {}) {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  writeFileSync(join(profile.dir, 'user.js'), userJs(profile));
  const portFile = join(profile.dir, 'MarionetteActivePort');
  if (existsSync(portFile)) unlinkSync(portFile);
  const log = openSync(join(profile.dir, 'firefox.log'), 'a');
  // Firefox's profile backup service logs an error ("PathUtils does not support empty paths") when the
  // desktop has no Documents folder, as on a bare CI machine. Give it one, through the XDG user dirs.
  const xdg = join(profile.dir, 'xdg');
  mkdirSync(join(xdg, 'Documents'), { recursive: true });
  writeFileSync(join(xdg, 'user-dirs.dirs'), `XDG_DOCUMENTS_DIR="${join(xdg, 'Documents')}"\n`);
  const child = spawn(
    FIREFOX,
    ['--headless', '--marionette', '--remote-allow-system-access', '--no-remote', '-profile', profile.dir],
    { stdio: ['ignore', log, log], env: { ...process.env, XDG_CONFIG_HOME: xdg, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  const port = await waitFor(
    'Marionette to listen',
    () => {
      if (child.exitCode !== null)
        throw new Error(`Firefox exited with ${child.exitCode}: see ${profile.dir}/firefox.log`);
      const text = existsSync(portFile) ? readFileSync(portFile, 'utf8').trim() : '';
      return text ? Number(text) : undefined;
    },
    60_000,
  );
  const client = await Marionette.connect(port);
  await client.send('WebDriver:NewSession', { capabilities: { alwaysMatch: { acceptInsecureCerts: false } } });
  await client.send('WebDriver:SetTimeouts', { script: 60_000, pageLoad: 30_000, implicit: 0 });
  const session = new FirefoxSession(profile, client, child);
  if (install) await session.install();
  return session;
}
