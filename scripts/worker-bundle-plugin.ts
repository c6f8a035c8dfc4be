/**
 * Builds the background (Chrome's service worker, Firefox's event page) as ONE file, apart from the
 * pages. crxjs emits the worker as a module graph: a loader plus chunks shared with the pages, each
 * fetched and parsed at every cold start. This plugin runs one more Vite build per worker entry,
 * alone and with code splitting off, into the same output folder, then adds the `background` key to
 * the manifest crxjs wrote (crxjs is given the manifest without it, so it leaves the worker alone).
 * The same is done for the dedicated maintenance worker, which is started by URL.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';

export interface OneFileBundle {
  /** The source entry, e.g. src/background/main.ts. */
  entry: string;
  /** The built file's name in the output folder, e.g. background.js. */
  fileName: string;
}

export function workerBundlePlugin(bundles: readonly OneFileBundle[], background: Record<string, unknown>): Plugin {
  let outDir = '';
  let target: string | string[] = 'es2022';
  return {
    name: 'limber-worker-bundle',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      target = config.build.target || target;
    },
    async closeBundle() {
      for (const { entry, fileName } of bundles) await buildOneFile(entry, fileName);
      const manifestPath = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      writeFileSync(manifestPath, `${JSON.stringify({ ...manifest, background }, null, 2)}\n`);
    },
  };

  async function buildOneFile(entry: string, fileName: string): Promise<void> {
    await build({
      configFile: false,
      logLevel: 'warn',
      publicDir: false,
      build: {
        outDir,
        emptyOutDir: false,
        target,
        sourcemap: false,
        modulePreload: false,
        rollupOptions: {
          input: entry,
          // One file: nothing for the worker to fetch after its script, and no chunk shared with pages.
          output: { format: 'es', entryFileNames: fileName, codeSplitting: false },
        },
      },
    });
  }
}
