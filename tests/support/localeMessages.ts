/** Loads a language's merged messages from locales/<lang>/*.json, as the build does. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LocaleMessages, mergeLocaleFragments } from '../../scripts/merge-locales.ts';

export function loadLocale(lang: string, root = 'locales'): LocaleMessages {
  const dir = join(root, lang);
  return mergeLocaleFragments(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((file) => ({ file, messages: JSON.parse(readFileSync(join(dir, file), 'utf8')) })),
  );
}

/** chrome.i18n.getMessage semantics: $1..$9 substitutions through named placeholders. */
export function formatMessage(messages: LocaleMessages, key: string, subs?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  let text = entry.message;
  for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
    const content = placeholder.content.replace(/\$(\d)/g, (_, n) => args[Number(n) - 1] ?? '');
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), content);
  }
  return text.replace(/\$(\d)/g, (_, n) => args[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
}
