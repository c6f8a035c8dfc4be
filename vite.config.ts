/**
 * One manifest source (manifest.json), two builds:
 *   vite build --mode chrome   -> dist/chrome  (MV3 service worker)
 *   vite build --mode firefox  -> dist/firefox (MV3 event page via background.scripts)
 * The Firefox differences live in scripts/manifest-variants.ts so they can be unit tested.
 */
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import sourceManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { copyFilesPlugin } from './scripts/copy-files-plugin.ts';
import { inlineCssPlugin } from './scripts/inline-css-plugin.ts';
import { localesPlugin } from './scripts/locales-plugin.ts';
import { manifestFor, type Target, WORKER_FILE, workerEntry } from './scripts/manifest-variants.ts';
import { popupBootPlugin } from './scripts/popup-boot-plugin.ts';
import { workerBundlePlugin } from './scripts/worker-bundle-plugin.ts';
import { MAINTENANCE_WORKER_FILE } from './src/platform/maintenanceWorker.ts';

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  // crxjs builds the pages; the background is built on its own, as one file (worker-bundle-plugin.ts).
  const { background, ...pagesManifest } = manifestFor(sourceManifest, target, pkg.version);
  return {
    plugins: [
      preact(),
      localesPlugin(),
      inlineCssPlugin(['src/ui/popup/popup.html']),
      // The popup's app starts after its first paint, from a classic script (src/ui/popup/boot.ts).
      popupBootPlugin({
        page: 'src/ui/popup/popup.html',
        boot: 'src/ui/popup/boot.ts',
        fileName: 'assets/popup-boot.js',
      }),
      // Chrome's policy schema; Firefox reads policies without one (scripts/manifest-variants.ts).
      ...(target === 'chrome' ? [copyFilesPlugin([sourceManifest.storage.managed_schema])] : []),
      crx({ manifest: pagesManifest as ManifestV3Export, browser: target }),
      workerBundlePlugin(
        [
          { entry: workerEntry(sourceManifest), fileName: WORKER_FILE },
          { entry: 'src/ui/offscreen/maintenanceWorker.ts', fileName: MAINTENANCE_WORKER_FILE },
        ],
        background,
      ),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      // Extension pages load from disk: no need for modulepreload polyfills.
      modulePreload: { polyfill: false },
      sourcemap: false,
      // Pages opened by the background (not named in the manifest) must be listed for the build.
      rollupOptions: {
        input: {
          break: 'src/ui/break/break.html',
          reminder: 'src/ui/reminder/reminder.html',
          insights: 'src/ui/insights/insights.html',
          welcome: 'src/ui/welcome/welcome.html',
          chime: 'src/ui/offscreen/chime.html',
          maintenance: 'src/ui/offscreen/maintenance.html',
          // Opened by a link from any page that gives health advice (ui/shared/HealthDisclaimer.tsx).
          health: 'src/ui/health/health.html',
        },
      },
    },
    server: { port: 5199, strictPort: true, hmr: { port: 5199 } },
    legacy: { skipWebSocketTokenCheck: true },
  };
});
