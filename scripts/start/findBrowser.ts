/**
 * Which browser `npm start` opens: pure, with the platform, the environment and the file system
 * passed in, so every platform's rules are tested on any machine (tests/unit/findBrowser.test.ts).
 *
 * Only browsers that load an unpacked extension from the command line (`--load-extension`) count:
 * Chromium, Chrome for Testing, Microsoft Edge and Brave. Branded Google Chrome ignores the switch
 * since version 137, so it is never started; when it is the only browser found, the advice says so.
 */
import { posix, win32 } from 'node:path';

export type Env = Readonly<Record<string, string | undefined>>;

export interface FileSystem {
  /** Whether an executable file exists at the path. */
  exists(path: string): boolean;
  /** The entries of a folder, or [] when it does not exist. */
  list(path: string): string[];
}

export interface Browser {
  name: string;
  path: string;
}

export type Found = { found: true; browser: Browser } | { found: false; advice: string };

const pathApi = (platform: string) => (platform === 'win32' ? win32 : posix);

/** Executables named `names` in each folder of PATH. */
function onPath(platform: string, env: Env, names: readonly string[]): string[] {
  const path = pathApi(platform);
  const folders = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  return folders.flatMap((folder) => names.map((name) => path.join(folder, name)));
}

/** Chrome for Testing as @puppeteer/browsers installs it: <home>/.cache/puppeteer/chrome/<platform-version>/… */
function chromeForTesting(platform: string, env: Env, fs: FileSystem): string[] {
  const home = platform === 'win32' ? env.USERPROFILE : env.HOME;
  if (!home) return [];
  const path = pathApi(platform);
  const cache = path.join(home, '.cache', 'puppeteer', 'chrome');
  const inside: Record<string, string[]> = {
    linux: ['chrome-linux64', 'chrome'],
    darwin: ['chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
    win32: ['chrome-win64', 'chrome.exe'],
  };
  const tail = inside[platform];
  if (!tail) return [];
  return fs
    .list(cache)
    .sort()
    .reverse()
    .flatMap((version) => {
      const candidates = [path.join(cache, version, ...tail)];
      if (platform === 'darwin') candidates.push(path.join(cache, version, 'chrome-mac-x64', ...tail.slice(1)));
      return candidates;
    });
}

/** Every place to look, in order of preference, for browsers that load unpacked extensions. */
export function browserCandidates(platform: string, env: Env, fs: FileSystem): Browser[] {
  const list: Browser[] = [];
  const add = (name: string, paths: readonly string[]) => {
    for (const path of paths) list.push({ name, path });
  };
  if (platform === 'linux') {
    add('Chromium', ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium']);
    add('Chromium', onPath(platform, env, ['chromium', 'chromium-browser']));
    add('Chrome for Testing', chromeForTesting(platform, env, fs));
    add('Microsoft Edge', ['/usr/bin/microsoft-edge', '/usr/bin/microsoft-edge-stable']);
    add('Microsoft Edge', onPath(platform, env, ['microsoft-edge', 'microsoft-edge-stable']));
    add('Brave', ['/usr/bin/brave-browser', '/usr/bin/brave', '/snap/bin/brave']);
    add('Brave', onPath(platform, env, ['brave-browser', 'brave']));
  } else if (platform === 'darwin') {
    const apps = ['/Applications', ...(env.HOME ? [posix.join(env.HOME, 'Applications')] : [])];
    const app = (bundle: string, binary: string) =>
      apps.map((dir) => posix.join(dir, bundle, 'Contents/MacOS', binary));
    add('Chromium', app('Chromium.app', 'Chromium'));
    add('Chrome for Testing', app('Google Chrome for Testing.app', 'Google Chrome for Testing'));
    add('Chrome for Testing', chromeForTesting(platform, env, fs));
    add('Microsoft Edge', app('Microsoft Edge.app', 'Microsoft Edge'));
    add('Brave', app('Brave Browser.app', 'Brave Browser'));
  } else if (platform === 'win32') {
    const roots = [
      env.LOCALAPPDATA,
      env.PROGRAMFILES ?? env.ProgramFiles,
      env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)'],
    ];
    const under = (...parts: string[]) =>
      roots.filter((r): r is string => !!r).map((root) => win32.join(root, ...parts));
    add('Chromium', under('Chromium', 'Application', 'chrome.exe'));
    add('Chrome for Testing', chromeForTesting(platform, env, fs));
    add('Microsoft Edge', under('Microsoft', 'Edge', 'Application', 'msedge.exe'));
    add('Brave', under('BraveSoftware', 'Brave-Browser', 'Application', 'brave.exe'));
  }
  return list;
}

/** Where branded Google Chrome lives; only used to say why it is not started. */
function brandedChrome(platform: string, env: Env): string[] {
  if (platform === 'linux')
    return ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', ...onPath(platform, env, ['google-chrome'])];
  if (platform === 'darwin') return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  if (platform === 'win32') {
    return [
      env.LOCALAPPDATA,
      env.PROGRAMFILES ?? env.ProgramFiles,
      env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)'],
    ]
      .filter((r): r is string => !!r)
      .map((root) => win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return [];
}

const INSTALL_HINT: Record<string, string> = {
  linux: 'install Chromium (Debian and Ubuntu: sudo apt install chromium)',
  darwin: 'install Chromium (brew install --cask chromium) or Microsoft Edge',
  win32: 'install Microsoft Edge or Chromium',
};

/** The one paragraph printed when no usable browser is found. */
export function noBrowserAdvice(platform: string, chromeFound: boolean, dist: string): string {
  const install = INSTALL_HINT[platform] ?? 'install Chromium';
  const chrome = chromeFound
    ? 'Google Chrome is installed, but since version 137 it ignores extensions given on the command line. '
    : '';
  return (
    `No browser that can load Limber was found. ${chrome}To try Limber, ${install}, or point CHROMIUM_PATH at ` +
    `Chromium, Chrome for Testing, Edge or Brave, then run npm start again. Or load it by hand in any ` +
    `Chromium-based browser: open chrome://extensions, switch on Developer mode, choose "Load unpacked" and pick ${dist}.`
  );
}

/** The browser to start: $CHROMIUM_PATH when set (and present), else the first candidate found. */
export function findBrowser(platform: string, env: Env, fs: FileSystem, dist: string): Found {
  const chosen = env.CHROMIUM_PATH?.trim();
  if (chosen) {
    if (fs.exists(chosen)) return { found: true, browser: { name: pathApi(platform).basename(chosen), path: chosen } };
    return {
      found: false,
      advice: `CHROMIUM_PATH is set to ${chosen}, but there is no browser there. Fix the path, or unset it to let npm start look for one.`,
    };
  }
  const browser = browserCandidates(platform, env, fs).find((candidate) => fs.exists(candidate.path));
  if (browser) return { found: true, browser };
  return { found: false, advice: noBrowserAdvice(platform, brandedChrome(platform, env).some(fs.exists), dist) };
}

/** Firefox for `npm start -- --firefox`: $FIREFOX_PATH when set, else the usual install places. */
export function findFirefox(platform: string, env: Env, fs: FileSystem): Found {
  const chosen = env.FIREFOX_PATH?.trim();
  if (chosen) {
    if (fs.exists(chosen)) return { found: true, browser: { name: 'Firefox', path: chosen } };
    return { found: false, advice: `FIREFOX_PATH is set to ${chosen}, but there is no Firefox there.` };
  }
  let paths: string[] = [];
  if (platform === 'linux') {
    paths = [
      '/usr/bin/firefox',
      '/usr/bin/firefox-esr',
      '/snap/bin/firefox',
      ...onPath(platform, env, ['firefox', 'firefox-esr']),
    ];
  } else if (platform === 'darwin') {
    paths = ['/Applications/Firefox.app/Contents/MacOS/firefox'];
  } else if (platform === 'win32') {
    paths = [env.PROGRAMFILES ?? env.ProgramFiles, env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)']]
      .filter((r): r is string => !!r)
      .map((root) => win32.join(root, 'Mozilla Firefox', 'firefox.exe'));
  }
  const path = paths.find((p) => fs.exists(p));
  if (path) return { found: true, browser: { name: 'Firefox', path } };
  return {
    found: false,
    advice:
      'No Firefox was found. Install Firefox 140 or newer (Debian: sudo apt install firefox-esr) or point ' +
      'FIREFOX_PATH at it, then run npm start -- --firefox again. Or load Limber by hand: open about:debugging, ' +
      'choose "This Firefox", then "Load Temporary Add-on…", and pick dist/firefox/manifest.json.',
  };
}

/** Whether a window can be shown: on Linux only with an X or Wayland display; elsewhere always. */
export function hasDisplay(platform: string, env: Env): boolean {
  if (platform !== 'linux') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
