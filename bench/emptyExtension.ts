/**
 * Baselines, built at bench time in a temp dir and never shipped:
 * - the empty extension: a manifest, a service worker that only answers messages, and an empty
 *   popup page; its worker's cold start and heap, and its page's heap, are what "nothing" costs;
 * - the IndexedDB floor: an otherwise empty worker that opens an IndexedDB database and reads one
 *   record before it answers, the least any worker that answers from stored state must do;
 * - a copy of the built Limber with one extra page, empty.html, so the popup's paint can be
 *   compared with an empty page of the same extension (same origin, process and disk).
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extension } from './chromium.ts';

/** The empty page: one line of text, because a page with no content never has a contentful paint. */
export const EMPTY_PAGE =
  '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Empty</title></head><body><p>Empty</p></body></html>\n';
export const EMPTY_PAGE_FILE = 'empty.html';

/** The smallest worker that can answer a message: the cold-start baseline needs a reply. */
const EMPTY_WORKER = 'chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ ok: true }); });\n';
export const EMPTY_WORKER_FILE = 'empty-worker.js';
export const LIMBER_WORKER_FILE = 'background.js';

/**
 * Opens its database (created with one record the first time, in a warm-up run) and answers with
 * that record: one open and one read transaction per cold start, as a fair floor for Limber's.
 */
const FLOOR_WORKER = `const open = () => new Promise((resolve, reject) => {
  const request = indexedDB.open('floor', 1);
  request.onupgradeneeded = () => request.result.createObjectStore('kv').put({ value: 1 }, 'one');
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  open().then((db) => {
    const get = db.transaction('kv').objectStore('kv').get('one');
    get.onsuccess = () => reply({ ok: true, data: get.result });
    get.onerror = () => reply({ ok: false, error: String(get.error) });
  }, (error) => reply({ ok: false, error: String(error) }));
  return true;
});
`;
export const FLOOR_WORKER_FILE = 'floor-worker.js';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeEmptyExtension(dir: string): Extension {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Empty baseline',
    version: '1.0.0',
    action: { default_popup: EMPTY_PAGE_FILE },
    background: { service_worker: EMPTY_WORKER_FILE },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, EMPTY_WORKER_FILE), EMPTY_WORKER);
  writeFileSync(join(dir, EMPTY_PAGE_FILE), EMPTY_PAGE);
  return { dir, workerFile: EMPTY_WORKER_FILE };
}

/** The popup's fixed size (src/ui/popup/popup.css, `html, body`), for the sized baseline below. */
export const POPUP_SIZE = { width: 380, height: 560 };
const NOOP_SCRIPT_FILE = 'noop.js';
/**
 * The least a real popup of Limber's size pays: the empty page at that fixed size, with one classic
 * script that does nothing. Chrome shows a popup at its document's load event; a script, any script,
 * is a fetch and a script context before it, and a larger popup takes longer to draw.
 */
export const SIZED_SCRIPTED_PAGE = EMPTY_PAGE.replace(
  '</head>',
  `<style>html,body{width:${POPUP_SIZE.width}px;height:${POPUP_SIZE.height}px;margin:0}</style></head>`,
).replace('</body>', `<script src="${NOOP_SCRIPT_FILE}"></script></body>`);

/** The empty extension, its popup replaced by SIZED_SCRIPTED_PAGE (the popup's second baseline). */
export function writeSizedPopupExtension(dir: string): Extension {
  const extension = writeEmptyExtension(dir);
  writeFileSync(join(dir, EMPTY_PAGE_FILE), SIZED_SCRIPTED_PAGE);
  writeFileSync(join(dir, NOOP_SCRIPT_FILE), '// Does nothing: the cost of having a script at all.\n');
  return extension;
}

export function writeFloorExtension(dir: string): Extension {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'IndexedDB floor baseline',
    version: '1.0.0',
    background: { service_worker: FLOOR_WORKER_FILE },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, FLOOR_WORKER_FILE), FLOOR_WORKER);
  writeFileSync(join(dir, EMPTY_PAGE_FILE), EMPTY_PAGE);
  return { dir, workerFile: FLOOR_WORKER_FILE };
}

/** Copies the build and adds empty.html; the shipped dist/chrome stays untouched. */
export function copyLimberWithEmptyPage(dist: string, dir: string): Extension {
  cpSync(dist, dir, { recursive: true });
  writeFileSync(join(dir, EMPTY_PAGE_FILE), EMPTY_PAGE);
  return { dir, workerFile: LIMBER_WORKER_FILE };
}
