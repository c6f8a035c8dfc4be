/**
 * The options page. Every change is validated here first (an invalid value is never sent), then
 * sent to the background with just the changed fields; the background validates again, saves, and
 * applies it to the running schedule at once, and its answer becomes what the page shows.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyPatch, type FieldError, type Prefs } from '../../core/settings.ts';
import { request } from '../../messaging/client.ts';
import type { PrefsView } from '../../messaging/protocol.ts';
import { t } from '../i18n.ts';
import { DataSection } from './DataSection.tsx';
import { HoldRules } from './HoldRules.tsx';
import { PrivacySection } from './PrivacySection.tsx';
import { type PrefsApi, PrefsContext } from './prefsContext.ts';
import { RemindersSection } from './RemindersSection.tsx';
import { ScheduleSection } from './ScheduleSection.tsx';
import { WorkingHours } from './WorkingHours.tsx';

export function OptionsApp() {
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

  return (
    <main class="opt" aria-labelledby="opt-title">
      <h1 id="opt-title">{t('opt_title')}</h1>
      {!api && !loadError && <p class="opt-hint">{t('opt_loading')}</p>}
      {loadError && (
        <p role="alert" class="opt-error">
          {t('opt_loadFailed', loadError)}
        </p>
      )}
      {api && (
        <PrefsContext.Provider value={api}>
          {view && view.repaired.length > 0 && <p class="opt-notice">{t('opt_repaired', view.repaired.length)}</p>}
          <ScheduleSection />
          <RemindersSection />
          <WorkingHours />
          <HoldRules />
          <DataSection />
          <PrivacySection />
        </PrefsContext.Provider>
      )}
      {/* Present from the first render so screen readers hear each change; visible as a small toast. */}
      <p class="opt-status" role="status">
        {status}
      </p>
    </main>
  );
}
