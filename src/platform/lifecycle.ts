/** The extension's life: installed or updated, and the browser starting with it already installed. */
import browser from './browser.ts';

/** `reason`: 'install', 'update', 'browser_update' or 'shared_module_update'. */
export function onInstalled(listener: (reason: string) => void): void {
  browser.runtime.onInstalled.addListener(({ reason }) => listener(reason));
}

export function onStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
}
