// Shared test setup: a chrome.i18n.getMessage backed by the English locale files, so components
// render real strings in tests. Per-suite fakes (browser, IndexedDB) live beside their tests.
import { formatMessage, loadLocale } from './support/localeMessages.ts';

const english = loadLocale('en');
const g = globalThis as { chrome?: Record<string, unknown> };
g.chrome = {
  ...(g.chrome ?? {}),
  i18n: {
    getMessage: (key: string, subs?: string | string[]) => formatMessage(english, key, subs),
  },
};
