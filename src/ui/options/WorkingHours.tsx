/** Working hours: a master switch and seven weekday rows (Monday first, as most calendars at work show). */
import { t, uiLanguage } from '../i18n.ts';
import { DayRow } from './DayRow.tsx';
import { isLocked, usePrefsApi } from './prefsContext.ts';
import { ToggleField } from './ToggleField.tsx';

// Index 0 is Sunday in the preferences (Date.getDay order).
const ORDER = [1, 2, 3, 4, 5, 6, 0];

/** Weekday names from Intl in the UI language; 7 January 2024 was a Sunday. */
function dayName(day: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { weekday: 'long' }).format(new Date(2024, 0, 7 + day));
}

/** The switch and the day rows, without a heading: the options page and the welcome page both use them. */
export function WorkingHoursFields() {
  const api = usePrefsApi();
  return (
    <>
      <ToggleField name="workingHoursEnabled" hint={t('opt_hours_enabledHint')} />
      <div class="opt-days" data-enabled={api.prefs.workingHoursEnabled}>
        <p class="opt-hint">{t('opt_hours_daysHint')}</p>
        {ORDER.map((day) => (
          <DayRow key={day} day={day} name={dayName(day)} />
        ))}
        {isLocked(api, 'workingHours') && <p class="opt-locked">{t('opt_locked')}</p>}
      </div>
    </>
  );
}

export function WorkingHours() {
  return (
    <section class="opt-section" id="hours" aria-labelledby="opt-hours-title">
      <h2 id="opt-hours-title">{t('opt_hours_title')}</h2>
      <WorkingHoursFields />
    </section>
  );
}
