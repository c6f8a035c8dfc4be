/** What Limber stores, where, and that nothing leaves the device; plus the one switch that involves the browser's sync. */
import { t } from '../i18n.ts';
import { ToggleField } from './ToggleField.tsx';

const STORED = ['opt_privacy_prefs', 'opt_privacy_history', 'opt_privacy_checklist', 'opt_privacy_state'];

export function PrivacySection() {
  return (
    <section class="opt-section" id="privacy" aria-labelledby="opt-privacy-title">
      <h2 id="opt-privacy-title">{t('opt_privacy_title')}</h2>
      <p>
        <strong>{t('opt_privacy_nothingLeaves')}</strong>
      </p>
      <p>{t('opt_privacy_storedIntro')}</p>
      <ul>
        {STORED.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p>{t('opt_privacy_where')}</p>
      <p>{t('opt_privacy_permissions')}</p>
      <ToggleField name="syncPrefs" hint={t('opt_privacy_syncHint')} />
    </section>
  );
}
