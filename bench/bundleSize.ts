/**
 * Bytes the browser loads: the popup's first view (the JS and CSS its HTML references, plus every
 * static import they pull in) and the service worker (its loader plus static imports). Chunks
 * reached only through dynamic import() are the popup's on-demand sections, listed apart.
 * Gzip at level 9, like `gzip -9`; extensions ship uncompressed, so the raw figure is what is parsed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  /** Sum of each file gzipped on its own: what the files on disk compress to. */
  gzip: number;
  /** The same files concatenated and gzipped once: what one bundled file would compress to. */
  gzipJoined: number;
  files: string[];
}

export interface BundleFigures {
  popupFirstView: Bytes;
  popupOnDemand: Bytes;
  worker: Bytes;
  /** webextension-polyfill's own minified build, gzipped alone: the fixed part of the worker. */
  polyfill: Bytes;
}

// Rolldown's minified output: `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`.
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;
// Vite lists a dynamic chunk's dependencies (JS and CSS) here, and loads them with the chunk.
const MAP_DEPS = /__vite__mapDeps=\([^)]*?\[([^\]]*)\]/;

const read = (dist: string, file: string) => readFileSync(join(dist, file));

const POLYFILL = createRequire(import.meta.url).resolve('webextension-polyfill/dist/browser-polyfill.min.js');

/** Paths relative to dist, for imports in `from` (relative) resolved against its directory. */
function resolveFrom(from: string, spec: string): string {
  return posix.normalize(posix.join(posix.dirname(from), spec));
}

export function staticClosure(dist: string, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = read(dist, file).toString('utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(resolveFrom(file, m[1] as string));
  }
  return seen;
}

export function dynamicTargets(dist: string, files: Iterable<string>): string[] {
  const found: string[] = [];
  for (const file of files) {
    if (!file.endsWith('.js')) continue;
    const code = read(dist, file).toString('utf8');
    for (const m of code.matchAll(DYNAMIC_IMPORT)) found.push(resolveFrom(file, m[1] as string));
    const deps = MAP_DEPS.exec(code)?.[1];
    // mapDeps paths are relative to the extension root, e.g. "assets/x.js".
    if (deps) for (const d of deps.matchAll(/["'`]([^"'`]+)["'`]/g)) found.push(posix.normalize(d[1] as string));
  }
  return found;
}

export function measure(dist: string, files: Iterable<string>): Bytes {
  const list = [...files].sort();
  const joined = Buffer.concat(list.map((f) => read(dist, f)));
  // Each file is fetched and compressed on its own; the sum of per-file gzips is the honest figure.
  const gzip = list.reduce((sum, f) => sum + gzipSync(read(dist, f), { level: 9 }).length, 0);
  return { raw: joined.length, gzip, gzipJoined: gzipSync(joined, { level: 9 }).length, files: list };
}

/**
 * JS and CSS the HTML page references directly (scripts, module preloads, stylesheets), and the
 * app and preloads the popup's boot script names in `data-app` / `data-preload`
 * (scripts/popup-boot-plugin.ts): loaded after the first paint, but always, so part of the first view.
 */
export function htmlRoots(dist: string, htmlPath: string): string[] {
  const html = read(dist, htmlPath).toString('utf8');
  const refs: string[] = [];
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g))
    refs.push(m[1] as string);
  for (const m of html.matchAll(/\sdata-(?:app|preload)="([^"]*)"/g))
    refs.push(...(m[1] as string).split(' ').filter(Boolean));
  return refs.map((ref) => (ref.startsWith('/') ? ref.slice(1) : resolveFrom(htmlPath, ref)));
}

export function measureBundles(dist: string): BundleFigures {
  const manifest = JSON.parse(read(dist, 'manifest.json').toString('utf8')) as {
    action: { default_popup: string };
    background: { service_worker: string };
  };
  const popupHtml = manifest.action.default_popup;
  const firstView = staticClosure(dist, htmlRoots(dist, popupHtml));
  const onDemand = new Set<string>();
  const queue = dynamicTargets(dist, firstView);
  while (queue.length > 0) {
    const next = queue.pop() as string;
    for (const file of staticClosure(dist, [next])) {
      if (firstView.has(file) || onDemand.has(file)) continue;
      onDemand.add(file);
      queue.push(...dynamicTargets(dist, [file]));
    }
  }
  const worker = staticClosure(dist, [manifest.background.service_worker]);
  return {
    // The HTML itself counts too: the first view's CSS is inlined into it (scripts/inline-css-plugin.ts).
    popupFirstView: measure(dist, [popupHtml, ...[...firstView].filter((f) => /\.(js|css)$/.test(f))]),
    popupOnDemand: measure(
      dist,
      [...onDemand].filter((f) => /\.(js|css)$/.test(f)),
    ),
    worker: measure(dist, worker),
    polyfill: measure(dirname(POLYFILL), [basename(POLYFILL)]),
  };
}
