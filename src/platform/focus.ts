/**
 * A tab or a window gains focus: frequent while someone uses the browser, and neither event needs a
 * permission (`tabs` gates only a tab's address and title, which are not read here).
 */
import browser from './browser.ts';

export function onFocusChange(listener: () => void): void {
  browser.tabs.onActivated.addListener(() => listener());
  browser.windows.onFocusChanged.addListener(() => listener());
}
