/**
 * The first-run page, opened once when Limber is installed (background/welcome.ts). Five short steps,
 * each optional: what Limber counts and why, the rhythm (work interval, working hours; the very
 * fields of the options page, validated the same way), a test reminder with help when it does not
 * appear, how to pin the toolbar icon, and the desk checklist. "Skip setup" and "Done" close the tab;
 * nothing here changes the schedule except the preferences the person sets.
 */
import type { ComponentChildren } from 'preact';
import { closeOwnTab } from '../../platform/pageEnvironment.ts';
import { t } from '../i18n.ts';
import { NumberField } from '../options/NumberField.tsx';
import { PrefsContext } from '../options/prefsContext.ts';
import { useLoadedPrefs } from '../options/useLoadedPrefs.ts';
import { WorkingHoursFields } from '../options/WorkingHours.tsx';
import { ChecklistPanel } from '../popup/ChecklistPanel.tsx';
import { HealthDisclaimer } from '../shared/HealthDisclaimer.tsx';
import { TestReminder } from '../shared/TestReminder.tsx';
import { PinHelp } from './PinHelp.tsx';

const STEPS = ['counts', 'rhythm', 'remind', 'pin', 'desk'] as const;
type Step = (typeof STEPS)[number];

const stepId = (step: Step) => `wel-${step}`;

function Step({ step, children }: { step: Step; children: ComponentChildren }) {
  return (
    <section class="wel-step" id={stepId(step)} aria-labelledby={`${stepId(step)}-title`}>
      <h2 id={`${stepId(step)}-title`}>
        <span class="wel-num" aria-hidden="true">
          {STEPS.indexOf(step) + 1}
        </span>
        {t(`wel_${step}_title`)}
      </h2>
      {children}
    </section>
  );
}

const close = () => void closeOwnTab();

export function WelcomePage() {
  const { api, loadError, status } = useLoadedPrefs();
  const prefs = api?.prefs;
  return (
    <main class="wel" aria-labelledby="wel-title">
      <header class="wel-head">
        <p class="wel-brand">Limber</p>
        <h1 id="wel-title">{t('wel_title')}</h1>
        <p class="wel-lead">{t('wel_lead')}</p>
        <button type="button" class="wel-skip" onClick={close}>
          {t('wel_skip')}
        </button>
        <nav aria-label={t('wel_steps_label')}>
          <ol class="wel-toc">
            {STEPS.map((step) => (
              <li key={step}>
                <a href={`#${stepId(step)}`}>{t(`wel_${step}_title`)}</a>
              </li>
            ))}
          </ol>
        </nav>
      </header>

      <Step step="counts">
        <p>{t('wel_counts_what', prefs ? String(prefs.naturalBreakMin) : '5')}</p>
        <p>{t('wel_counts_why')}</p>
        <HealthDisclaimer />
      </Step>

      <Step step="rhythm">
        <p>{t('wel_rhythm_intro')}</p>
        {loadError && (
          <p role="alert" class="opt-error">
            {t('opt_loadFailed', loadError)}
          </p>
        )}
        {api && (
          <PrefsContext.Provider value={api}>
            <NumberField name="workIntervalMin" hint={t('opt_hint_workIntervalMin')} />
            <h3>{t('opt_hours_title')}</h3>
            <WorkingHoursFields />
          </PrefsContext.Provider>
        )}
      </Step>

      <Step step="remind">
        <p>{t('wel_remind_intro')}</p>
        <TestReminder
          usesWindow={prefs?.reminderStyle === 'window'}
          onUseWindow={
            api
              ? async () => {
                  await api.save({ reminderStyle: 'window' });
                }
              : undefined
          }
        />
      </Step>

      <Step step="pin">
        <p>{t('wel_pin_intro')}</p>
        <PinHelp />
      </Step>

      <Step step="desk">
        <p>{t('wel_desk_intro')}</p>
        <ChecklistPanel />
      </Step>

      <footer class="wel-end">
        <p>{t('wel_end')}</p>
        <div class="wel-end-actions">
          <button type="button" class="primary" onClick={close}>
            {t('wel_done')}
          </button>
          <a href="../options/options.html">{t('wel_allSettings')}</a>
        </div>
      </footer>
      <p class="opt-status" role="status">
        {status}
      </p>
    </main>
  );
}
