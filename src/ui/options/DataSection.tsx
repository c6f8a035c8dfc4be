/** Your data: export and import preferences, reset them to the defaults, delete everything. */
import { exportPrefs } from '../../core/prefsFile.ts';
import { t } from '../i18n.ts';
import { ConfirmStep } from './ConfirmStep.tsx';
import { DeleteAllData } from './DeleteAllData.tsx';
import { ImportPrefs } from './ImportPrefs.tsx';
import { usePrefsApi } from './prefsContext.ts';

/** Saves text as a download through a temporary link; no permission needed. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DataSection() {
  const api = usePrefsApi();

  function onExport() {
    const now = Date.now();
    download(exportPrefs(api.prefs, now), `limber-preferences-${new Date(now).toISOString().slice(0, 10)}.json`);
    api.announce(t('opt_export_done'));
  }

  async function onReset(): Promise<string> {
    try {
      await api.reset();
      api.announce(t('opt_reset_done'));
      return '';
    } catch (e) {
      return t('opt_saveFailed', (e as Error).message);
    }
  }

  return (
    <section class="opt-section" id="data" aria-labelledby="opt-data-title">
      <h2 id="opt-data-title">{t('opt_data_title')}</h2>
      <div class="opt-field">
        <button type="button" onClick={onExport}>
          {t('opt_export_button')}
        </button>
        <p class="opt-hint">{t('opt_export_hint')}</p>
      </div>
      <ImportPrefs />
      <div class="opt-field">
        <ConfirmStep trigger={t('opt_reset_button')} confirm={t('opt_reset_confirm')} onConfirm={onReset}>
          <p>{t('opt_reset_question')}</p>
        </ConfirmStep>
      </div>
      <DeleteAllData />
    </section>
  );
}
