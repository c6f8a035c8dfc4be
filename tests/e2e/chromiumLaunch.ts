/**
 * What every test that launches Chromium with Limber shares: the command-line flags (the extension
 * directories loaded unpacked, nothing else of Chromium's own running or reaching the network) and
 * how Limber's service worker is told apart from another extension's.
 */
import type { Worker } from 'playwright-core';
import { WORKER_FILE } from '../../scripts/manifest-variants.ts';

/** Chromium's flags for loading the comma-separated extension directories `loaded`. */
export function extensionArgs(loaded: string): string[] {
  return [
    `--disable-extensions-except=${loaded}`,
    `--load-extension=${loaded}`,
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
  ];
}

/** Limber's worker is its one-file build (scripts/worker-bundle-plugin.ts); another extension has its own. */
export const isLimberWorker = (w: Worker): boolean => w.url().endsWith(`/${WORKER_FILE}`);
