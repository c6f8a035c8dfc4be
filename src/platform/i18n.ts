/**
 * Every user-visible string goes through here to _locales. `chrome.i18n.getMessage` is synchronous
 * and exists in Chrome and Firefox extension pages (no polyfill needed, which keeps the popup small).
 */

type GetMessage = (key: string, subs?: string | string[]) => string;

function getMessage(): GetMessage | undefined {
  const api = (globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } } }).chrome;
  return api?.i18n?.getMessage?.bind(api.i18n);
}

/** Translated text for `key`; the key itself when missing, so a gap is visible, never blank. */
export function t(key: string, subs?: string | number | (string | number)[]): string {
  const args = subs === undefined ? undefined : Array.isArray(subs) ? subs.map(String) : String(subs);
  return getMessage()?.(key, args) || key;
}

/** The UI language Chrome picked, for Intl formatting of times and numbers. */
export function uiLanguage(): string {
  const lang = getMessage()?.('@@ui_locale');
  return lang ? lang.replace('_', '-') : 'en';
}
