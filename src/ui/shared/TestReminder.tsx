/**
 * "Send a test reminder": asks the background to show the real reminder (testReminder), then says
 * plainly what happened: blocked by the browser (and that the window takes over), or sent, with a
 * question only the person can answer, "did it appear?". A "no" opens the help for their system
 * and offers the reminder window, which does not depend on system notifications.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '../../messaging/client.ts';
import type { TestReminderResult } from '../../messaging/protocol.ts';
import { type OsName, operatingSystem } from '../../platform/pageEnvironment.ts';
import { t } from '../i18n.ts';
import { NotificationHelp } from './NotificationHelp.tsx';
import './reminderCheck.css';

type Phase =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'sent'; result: TestReminderResult }
  | { kind: 'failed'; message: string };

export interface TestReminderProps {
  /** Switches the reminder style to the window; absent where the page cannot save preferences. */
  onUseWindow?: () => Promise<void>;
  /** The reminder style in effect, so the offer is not made when the window is already chosen. */
  usesWindow?: boolean;
}

function sentText(result: TestReminderResult): string {
  if (result.permission === 'denied') return t('chk_denied');
  const lines = [result.permission === 'granted' ? t('chk_sentAllowed') : t('chk_sent')];
  if (result.notification && result.window) lines.push(t('chk_sentWithWindow'));
  if (!result.notification && result.window) lines.push(t('chk_sentWindowOnly'));
  return lines.join(' ');
}

export function TestReminder({ onUseWindow, usesWindow = false }: TestReminderProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [answer, setAnswer] = useState<'seen' | 'notSeen' | null>(null);
  const [os, setOs] = useState<OsName>('other');
  const [switched, setSwitched] = useState(false);

  useEffect(() => {
    void operatingSystem().then(setOs);
  }, []);

  const send = () => {
    setPhase({ kind: 'sending' });
    setAnswer(null);
    request('testReminder', {}).then(
      (result) => setPhase({ kind: 'sent', result }),
      (e: Error) => setPhase({ kind: 'failed', message: e.message }),
    );
  };
  const useWindow = () => {
    void onUseWindow?.().then(() => setSwitched(true));
  };

  const result = phase.kind === 'sent' ? phase.result : null;
  const ask = result !== null && result.permission !== 'denied';
  // Blocked by the browser, the cure is the browser's switch (said above), not the system's modes.
  const showHelp = answer === 'notSeen';
  return (
    <div class="chk">
      <button type="button" class="primary" disabled={phase.kind === 'sending'} onClick={send}>
        {t('chk_send')}
      </button>
      <div class="chk-result" role="status">
        {phase.kind === 'failed' && <p class="chk-error">{t('chk_failed', phase.message)}</p>}
        {result && <p>{sentText(result)}</p>}
        {ask && answer === null && <p class="chk-question">{t('chk_question')}</p>}
        {answer === 'seen' && <p class="chk-ok">{t('chk_seen')}</p>}
        {answer === 'notSeen' && <p>{t('chk_notSeen')}</p>}
        {switched && <p class="chk-ok">{t('chk_switched')}</p>}
      </div>
      {ask && answer === null && (
        <div class="chk-answers">
          <button type="button" onClick={() => setAnswer('seen')}>
            {t('chk_answerYes')}
          </button>
          <button type="button" onClick={() => setAnswer('notSeen')}>
            {t('chk_answerNo')}
          </button>
        </div>
      )}
      {answer === 'notSeen' && onUseWindow && !usesWindow && !switched && (
        <button type="button" onClick={useWindow}>
          {t('chk_useWindow')}
        </button>
      )}
      <NotificationHelp os={os} open={showHelp} />
    </div>
  );
}
