/**
 * Delete all data, after a confirmation step. There is no message for it in the protocol yet, so the
 * page empties the database itself (extension pages share the background's IndexedDB origin), drops
 * the break page's last-routine note, then asks the background to reset the preferences, which also
 * re-applies the defaults to the running schedule.
 */
import { openLimberDb } from '../../storage/schema.ts';
import { deleteAllData } from '../../storage/wipe.ts';
import { LAST_ROUTINE_KEY } from '../break/lastRoutine.ts';
import { t } from '../i18n.ts';
import { ConfirmStep } from './ConfirmStep.tsx';
import { usePrefsApi } from './prefsContext.ts';

export function DeleteAllData() {
  const api = usePrefsApi();

  async function wipe(): Promise<string> {
    try {
      const db = await openLimberDb();
      try {
        await deleteAllData(db);
      } finally {
        db.close();
      }
      globalThis.localStorage?.removeItem(LAST_ROUTINE_KEY);
      await api.reset();
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
