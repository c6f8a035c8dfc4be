/** How the reminder appears: a system notification (window fallback where buttons are missing) or a small window. */
import { useState } from 'preact/hooks';
import type { Prefs } from '../../core/settings.ts';
import { t } from '../i18n.ts';
import { errorFor, errorText, fieldLabel } from './fieldText.ts';
import { isLocked, usePrefsApi } from './prefsContext.ts';

const STYLES: readonly Prefs['reminderStyle'][] = ['notification', 'window'];

export function ReminderStyle() {
  const api = usePrefsApi();
  const [error, setError] = useState('');
  const [revision, setRevision] = useState(0);
  const locked = isLocked(api, 'reminderStyle');

  async function choose(style: Prefs['reminderStyle']) {
    let message = '';
    try {
      const refused = errorFor(await api.save({ reminderStyle: style }), 'reminderStyle');
      if (refused) message = errorText(refused);
    } catch (e) {
      message = t('opt_saveFailed', (e as Error).message);
    }
    // Not saved: re-create the radios so the saved choice is the one selected on screen.
    if (message) setRevision((r) => r + 1);
    setError(message);
  }

  return (
    <fieldset class="opt-field opt-choice" data-field="reminderStyle" disabled={locked}>
      <legend>{fieldLabel('reminderStyle')}</legend>
      {STYLES.map((style) => (
        <label key={`${style}-${revision}`} class="opt-check">
          <input
            type="radio"
            name="reminderStyle"
            value={style}
            checked={api.prefs.reminderStyle === style}
            onChange={() => void choose(style)}
          />
          <span>
            {t(`opt_style_${style}`)}
            <span class="opt-hint opt-inline-hint">{t(`opt_style_${style}_hint`)}</span>
          </span>
        </label>
      ))}
      {locked && <p class="opt-locked">{t('opt_locked')}</p>}
      <p class="opt-error" hidden={!error}>
        {error}
      </p>
    </fieldset>
  );
}
