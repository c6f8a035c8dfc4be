/**
 * The previous routine's stretch ids, so the next break can rotate. Kept in this page's
 * localStorage (key 'limber.lastRoutine'): a few ids, needed only here, and wiped with the site data.
 */
export const LAST_ROUTINE_KEY = 'limber.lastRoutine';

export function readLastRoutine(storage: Storage | undefined = globalThis.localStorage): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(LAST_ROUTINE_KEY) ?? '[]');
    // Anything odd (hand-edited, older shape) just means "no previous routine".
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string').slice(0, 20) : [];
  } catch {
    return [];
  }
}

export function saveLastRoutine(ids: readonly string[], storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(LAST_ROUTINE_KEY, JSON.stringify(ids));
  } catch {
    // Storage full or disabled: the next routine is still valid, only less varied.
  }
}
