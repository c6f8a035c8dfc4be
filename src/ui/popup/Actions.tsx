/**
 * What the user can do right now, and only that: snooze while a break is due (or its heads-up shows),
 * skip while one is due, as the background says (`canSnooze`, `canSkip`); otherwise start a break now
 * or pause. Every button sends one request; the background's reply (the new Status) is shown at once,
 * and the outcome is announced in a polite live region. While a request is in flight every button is
 * disabled, so a double click cannot snooze twice.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Status } from '../../core/status.ts';
import { request } from '../../messaging/client.ts';
import { type FinishedBreak, type Payload, SNOOZE_CHOICES } from '../../messaging/protocol.ts';
import { t } from '../i18n.ts';
import { lengthText } from '../shared/format.ts';
import { PauseMenu } from './PauseMenu.tsx';
import { viewOf } from './statusView.ts';

type Command = 'startBreak' | 'snooze' | 'skip' | 'pause' | 'resume' | 'finishBreak';

export interface ActionsProps {
  /** Null until the first status arrives: the usual buttons are drawn, disabled, to hold their place. */
  status: Status | null;
  onStatus: (status: Status) => void;
}

interface Feedback {
  ok: boolean;
  text: string;
}

function SnoozeRow({ status, disabled, run }: { status: Status; disabled: boolean; run: Run }) {
  if (!status.canSnooze) {
    // Say why the buttons are gone rather than leaving a silent gap.
    const reason = status.snoozeCount > 0 ? t('popup_snooze_limit', status.snoozeCount) : t('popup_snooze_off');
    return <p class="snooze-reason">{reason}</p>;
  }
  return (
    <fieldset class="snooze">
      <legend class="row-label">{t('popup_action_snoozeLabel')}</legend>
      {SNOOZE_CHOICES.map((minutes) => (
        <button
          key={minutes}
          type="button"
          disabled={disabled}
          // The name must contain the visible text (WCAG 2.5.3): "Snooze" + "5 min".
          aria-label={`${t('popup_action_snoozeLabel')} ${t('popup_action_snooze', minutes)}`}
          onClick={() => run('snooze', { minutes })}
        >
          {t('popup_action_snooze', minutes)}
        </button>
      ))}
    </fieldset>
  );
}

type Run = <K extends Command>(type: K, payload: Payload<K>) => void;

export function Actions({ status, onStatus }: ActionsProps) {
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const wasBusy = useRef(false);

  const run: Run = (type, payload) => {
    if (busy) return;
    setBusy(true);
    setFeedback(null);
    (request(type, payload) as Promise<Status | FinishedBreak>)
      .then(
        (reply) => {
          // A finished break answers with how it was logged (taken or short), which is the news.
          const next = 'logged' in reply ? reply.status : reply;
          onStatus(next);
          const now = Date.now();
          const text =
            'logged' in reply
              ? t(
                  reply.logged === 'taken' ? 'popup_finished_taken' : 'popup_finished_short',
                  lengthText(reply.durationMs),
                )
              : t('popup_done', viewOf(next, now, now).sentence);
          setFeedback({ ok: true, text });
        },
        (e: unknown) => setFeedback({ ok: false, text: t('popup_error', e instanceof Error ? e.message : String(e)) }),
      )
      .finally(() => setBusy(false));
  };

  useEffect(() => {
    // The clicked button was disabled (or removed) meanwhile, which drops focus to the body; put it
    // back inside the actions so a keyboard user does not start over from the top.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (wasBusy.current && !busy && lost) root.current?.querySelector<HTMLButtonElement>('button:enabled')?.focus();
    wasBusy.current = busy;
  }, [busy]);

  const kind = status?.kind ?? 'working';
  const off = busy || status === null;
  const canSkip = status?.canSkip === true;
  const canPause = kind !== 'paused' && kind !== 'onBreak';
  // Snooze is offered while a break is due; at the snooze limit its place says why it is gone.
  const snoozeRow = status !== null && (status.canSnooze || (status.canSkip && status.snoozesLeft === 0));
  const breakId = status?.breakId ?? null;

  return (
    <div class="actions" ref={root} aria-busy={busy}>
      <div class="primary-row">
        {kind === 'paused' && (
          <button type="button" class="primary" disabled={off} onClick={() => run('resume', {})}>
            {t('popup_action_resume')}
          </button>
        )}
        {kind === 'onBreak' ? (
          <>
            <button type="button" class="primary" disabled={off} onClick={() => run('startBreak', {})}>
              {t('popup_action_backToBreak')}
            </button>
            <button
              type="button"
              disabled={off || breakId === null}
              // The routine is on the break page: from here the break counts as taken once B is spent.
              onClick={() => breakId !== null && run('finishBreak', { completed: false, breakId })}
            >
              {t('popup_action_finish')}
            </button>
          </>
        ) : (
          <button
            type="button"
            class={kind === 'paused' ? undefined : 'primary'}
            disabled={off}
            onClick={() => run('startBreak', {})}
          >
            {t('popup_action_start')}
          </button>
        )}
      </div>
      {snoozeRow && <SnoozeRow status={status} disabled={off} run={run} />}
      {(canSkip || canPause) && (
        <div class="secondary-row">
          {canSkip && (
            <button type="button" disabled={off} onClick={() => run('skip', {})}>
              {t('popup_action_skip')}
            </button>
          )}
          {canPause && <PauseMenu disabled={off} onPause={(payload) => run('pause', payload)} />}
        </div>
      )}
      {/* A success is already on the card above: said to screen readers only, never shown twice. */}
      <p
        class={feedback?.ok === false ? 'feedback error' : 'feedback visually-hidden'}
        role="status"
        aria-live="polite"
      >
        {feedback?.text}
      </p>
    </div>
  );
}
