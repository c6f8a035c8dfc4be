/**
 * The one import of webextension-polyfill: `browser.*` with promises on Chrome and Firefox alike.
 * Every other module reaches browser APIs through the small adapters in this folder.
 *
 * Loaded with `require`, which the bundler turns into a plain call of the bundled module, not with
 * `import browser from`: for a default import of a CommonJS module the bundler's interop copies
 * every own property of its exports, reading each one's descriptor. Where the browser has a native
 * `browser` (Firefox, and Chromium since it added one), the polyfill hands that object back as it
 * is, and reading the descriptor of each of its namespaces builds that API's bindings: every API
 * the manifest grants, on every start of the worker. That was about a fifth of a cold start
 * (docs/BENCHMARKS.md, "Worker cold start").
 */
import type { Browser } from 'webextension-polyfill';

declare const require: (id: 'webextension-polyfill') => Browser;
const browser = require('webextension-polyfill');

export default browser;
