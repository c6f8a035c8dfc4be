export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleMessages = Record<string, LocaleMessage>;

/** Merges per-area locale fragments; a duplicated key is an error naming both files. */
export function mergeLocaleFragments(fragments: { file: string; messages: LocaleMessages }[]): LocaleMessages {
  const merged: LocaleMessages = {};
  const owner: Record<string, string> = {};
  for (const { file, messages } of fragments) {
    for (const [key, value] of Object.entries(messages)) {
      if (owner[key]) throw new Error(`Locale key "${key}" is defined in both ${owner[key]} and ${file}`);
      owner[key] = file;
      merged[key] = value;
    }
  }
  return merged;
}
