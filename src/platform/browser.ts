/**
 * The one import of webextension-polyfill: `browser.*` with promises on Chrome and Firefox alike.
 * Every other module reaches browser APIs through the small adapters in this folder.
 */
import browser from 'webextension-polyfill';

export default browser;
