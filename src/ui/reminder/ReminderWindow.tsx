/**
 * The small reminder window: where notification buttons are missing (Firefox) or the user chose
 * a window. Start, and Snooze and Skip only while the background says a break is due; snooze is
 * replaced by its reason once the limit is reached. Opened when nothing is due (by hand, or by
 * something else), it says so and offers only Start; opening it changes nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Status } from '../../core/status.ts';
import { request } from '../../messaging/client.ts';
import { t } from '../i18n.ts';

const SNOOZE_MIN = 5;

export function ReminderWindow() {
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    request('getStatus', {}).then(setStatus, (e: Error) => setError(e.message));
  }, []);
  const act = (work: () => Promise<unknown>) => () =>
    work().then(
      () => window.close(),
      (e: Error) => setError(e.message),
    );
  return (
    <section class="reminder" aria-labelledby="reminder-title">
      <h1 id="reminder-title">{t('reminderTitle')}</h1>
      <p>{status && !status.canSkip ? t('reminderWindowNothingDue') : t('reminderWindowBody')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={act(() => request('startBreak', {}))}>
          {t('actionStartBreak')}
        </button>
        {status?.canSnooze && (
          <button type="button" onClick={act(() => request('snooze', { minutes: SNOOZE_MIN }))}>
            {t('actionSnoozeMinutes', SNOOZE_MIN)}
          </button>
        )}
        {status?.canSkip && status.snoozesLeft === 0 && <p class="note">{t('snoozeLimitReached')}</p>}
        {status?.canSkip && (
          <button type="button" onClick={act(() => request('skip', {}))}>
            {t('actionSkip')}
          </button>
        )}
      </div>
      <p role="alert" class="error">
        {error}
      </p>
    </section>
  );
}
