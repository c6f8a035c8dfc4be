/**
 * The options page. Every change is validated here first (an invalid value is never sent), then
 * sent to the background with just the changed fields (useLoadedPrefs); the background validates
 * again, saves, and applies it to the running schedule at once, and its answer becomes what the
 * page shows.
 */
import { useEffect } from 'preact/hooks';
import { t } from '../i18n.ts';
import { DataSection } from './DataSection.tsx';
import { HoldRules } from './HoldRules.tsx';
import { OptionsNav } from './OptionsNav.tsx';
import { PrivacySection } from './PrivacySection.tsx';
import { PrefsContext } from './prefsContext.ts';
import { RemindersSection } from './RemindersSection.tsx';
import { ScheduleSection } from './ScheduleSection.tsx';
import { useLoadedPrefs } from './useLoadedPrefs.ts';
import { WorkingHours } from './WorkingHours.tsx';

export function OptionsApp() {
  const { view, api, loadError, status } = useLoadedPrefs();
  const ready = api !== null;
  // A link to a section (options.html#reminders) arrives before the sections exist: go there once they do.
  useEffect(() => {
    if (ready && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [ready]);

  return (
    <div class="opt">
      {api && <OptionsNav />}
      <main class="opt-main" aria-labelledby="opt-title">
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
    </div>
  );
}
