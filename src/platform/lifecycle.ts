/** The extension's life: installed or updated, and the browser starting with it already installed. */
import browser from './browser.ts';

export function onInstalled(listener: () => void): void {
  browser.runtime.onInstalled.addListener(() => listener());
}

export function onStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
}
