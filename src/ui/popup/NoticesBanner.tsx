/**
 * Tells the user when stored data was found damaged and repaired: damage is reported, never a
 * crash and never silent. Shown above the status until dismissed. The repair details come from storage in
 * English; the heading and button are translated.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '../../messaging/client.ts';
import type { NoticeView } from '../../messaging/protocol.ts';
import { t } from '../i18n.ts';

export function NoticesBanner() {
  const [notices, setNotices] = useState<NoticeView[]>([]);
  useEffect(() => {
    request('getNotices', {}).then(
      (list) => setNotices(Array.isArray(list) ? list : []),
      () => setNotices([]),
    );
  }, []);
  if (notices.length === 0) return null;
  const dismiss = () => request('dismissNotices', {}).then(setNotices, () => undefined);
  return (
    <section class="notices" role="status" aria-labelledby="notices-title">
      <h2 id="notices-title">{t('popup_notice_title')}</h2>
      <ul>
        {notices.map((n) => (
          <li key={`${n.at}:${n.message}`}>{n.message}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t('popup_notice_dismiss')}
      </button>
    </section>
  );
}
