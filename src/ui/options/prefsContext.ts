/**
 * What every field on the options page needs: the saved preferences, the fields a managed policy
 * locked, and `save`, which validates locally first so an invalid value is never sent.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { FieldError, PrefKey, Prefs } from '../../core/settings.ts';

export interface PrefsApi {
  prefs: Prefs;
  locked: readonly string[];
  /** Resolves to the problems ([] when saved); rejects only when the background cannot be reached. */
  save(patch: Partial<Prefs>): Promise<FieldError[]>;
  /** Back to the defaults (resetPrefs); rejects when the background cannot be reached. */
  reset(): Promise<void>;
  /** Deletes every stored thing (deleteAllData) and shows the fresh defaults. */
  deleteAll(): Promise<void>;
  /** A short polite message in the page's status line ("Saved", "Imported"). */
  announce(text: string): void;
}

export const PrefsContext = createContext<PrefsApi | null>(null);

export function usePrefsApi(): PrefsApi {
  const api = useContext(PrefsContext);
  if (!api) throw new Error('usePrefsApi outside PrefsContext');
  return api;
}

export const isLocked = (api: PrefsApi, key: PrefKey): boolean => api.locked.includes(key);
