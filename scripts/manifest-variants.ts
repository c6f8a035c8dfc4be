/**
 * Derives the per-browser manifest from the single source manifest.json.
 * Chrome keeps the service worker. Firefox MV3 has no service worker background, so it gets an
 * event page (background.scripts), a gecko id and the data-collection declaration AMO requires.
 * Both name the one-file background build, not its source entry.
 */
export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'limber@limber-extension.org';
/** data_collection_permissions is understood from Firefox 140 on (desktop) and 142 (Android). */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

// biome-ignore lint/suspicious/noExplicitAny: the manifest is open JSON; crxjs checks its shape.
type Manifest = Record<string, any>;

/** The background as built: one file (scripts/worker-bundle-plugin.ts), whatever the source entry. */
export const WORKER_FILE = 'background.js';

/** The background's source entry, which the source manifest names as Chrome's service worker. */
export const workerEntry = (source: Manifest): string => source.background.service_worker;

export function manifestFor(source: Manifest, target: Target, version: string): Manifest {
  const manifest: Manifest = structuredClone(source);
  manifest.version = version;
  if (target === 'chrome') {
    manifest.background = { service_worker: WORKER_FILE, type: 'module' };
    return manifest;
  }

  manifest.background = { scripts: [WORKER_FILE], type: 'module' };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  // Firefox reads managed storage from its enterprise policy (policies.json "3rdparty") without a
  // schema file; the key is Chrome's.
  if (manifest.storage) {
    delete manifest.storage.managed_schema;
    if (Object.keys(manifest.storage).length === 0) delete manifest.storage;
  }
  // Chrome-only permissions are dropped rather than shipped as unknown to Firefox.
  manifest.permissions = (manifest.permissions as string[]).filter((p) => p !== 'offscreen');
  if (manifest.optional_permissions) {
    manifest.optional_permissions = (manifest.optional_permissions as string[]).filter((p) => p !== 'offscreen');
  }
  return manifest;
}
