/**
 * Loads the preferences from the background and builds the PrefsApi every field uses: changes are
 * validated here first (an invalid value is never sent), then sent with just the changed fields; the
 * background validates again, saves, applies them to the running schedule, and its answer becomes
 * what the page shows. Shared by the options page and the welcome page.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyPatch, type FieldError, type Prefs } from '../../core/settings.ts';
import { request } from '../../messaging/client.ts';
import type { PrefsView } from '../../messaging/protocol.ts';
import { t } from '../i18n.ts';
import type { PrefsApi } from './prefsContext.ts';

export interface LoadedPrefs {
  view: PrefsView | null;
  api: PrefsApi | null;
  loadError: string;
  /** The polite status line's text ("Saved"), for the page to show in a live region. */
  status: string;
}

export function useLoadedPrefs(): LoadedPrefs {
  const [view, setView] = useState<PrefsView | null>(null);
  const [loadError, setLoadError] = useState('');
  const [status, setStatus] = useState('');
  // The same words twice are not re-read by screen readers; a trailing no-break space makes them new.
  const announce = (text: string) => setStatus((prev) => (prev === text ? `${text}\u00a0` : text));

  useEffect(() => {
    request('getPrefs', {}).then(setView, (e: Error) => setLoadError(e.message));
  }, []);

  const api = useMemo<PrefsApi | null>(() => {
    if (!view) return null;
    return {
      prefs: view.prefs,
      locked: view.locked,
      async save(patch: Partial<Prefs>): Promise<FieldError[]> {
        const checked = applyPatch(view.prefs, patch);
        if (!checked.ok) return checked.errors;
        const result = await request('setPrefs', { patch });
        if (!result.saved) return result.errors;
        setView(result.view);
        announce(t('opt_saved'));
        return [];
      },
      async deleteAll() {
        setView(await request('deleteAllData', {}));
      },
      async reset() {
        setView(await request('resetPrefs', {}));
      },
      announce,
    };
  }, [view]);

  return { view, api, loadError, status };
}
