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

/**
 * The language of the strings actually shown, as a BCP 47 tag for Intl and `<html lang>`. Read from
 * our own `localeCode` message rather than `@@ui_locale`: a browser may pick our translated messages
 * while still reporting its own UI locale (Chromium with --lang and no language pack does), and
 * times and weekday names must match the sentences around them.
 */
export function uiLanguage(): string {
  const code = getMessage()?.('localeCode');
  return code ? code.replace('_', '-') : 'en';
}
