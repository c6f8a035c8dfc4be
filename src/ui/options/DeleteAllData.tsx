/**
 * Delete all data, after a confirmation step. The background empties the database and the synced
 * copy of the preferences and restarts the schedule from the defaults; the page also drops the
 * break page's last-routine note and the warm-and-cold timer's round (page storage, which only a
 * page can reach).
 */
import { LAST_ROUTINE_KEY } from '../break/lastRoutine.ts';
import { t } from '../i18n.ts';
import { WARM_COLD_KEY } from '../sections/warmColdStore.ts';
import { ConfirmStep } from './ConfirmStep.tsx';
import { usePrefsApi } from './prefsContext.ts';

export function DeleteAllData() {
  const api = usePrefsApi();

  async function wipe(): Promise<string> {
    try {
      await api.deleteAll();
      globalThis.localStorage?.removeItem(LAST_ROUTINE_KEY);
      globalThis.localStorage?.removeItem(WARM_COLD_KEY);
      api.announce(t('opt_delete_done'));
      return '';
    } catch (e) {
      return t('opt_delete_failed', (e as Error).message);
    }
  }

  return (
    <div class="opt-field">
      <ConfirmStep trigger={t('opt_delete_button')} confirm={t('opt_delete_confirm')} danger onConfirm={wipe}>
        <p>
          <strong>{t('opt_delete_question')}</strong>
        </p>
        <p>{t('opt_delete_explain')}</p>
      </ConfirmStep>
    </div>
  );
}
