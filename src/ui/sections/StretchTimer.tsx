/**
 * Countdown for one stretch: Start / Pause / Resume on one button (so keyboard focus never jumps)
 * and Stop beside it. The end is announced through a polite live region that exists from the first
 * render, because screen readers ignore live regions inserted together with their text.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n.ts';
import { formatClock } from './format.ts';
import { useCountdown } from './useCountdown.ts';

export interface StretchTimerProps {
  durationSec: number;
  /** Stretch name, used in the end announcement and button labels. */
  title: string;
  now?: () => number;
}

// Visible text and accessible name per state; the name adds the stretch ("Start Bird-dog").
const PRIMARY_KEYS = {
  idle: ['sect_timer_start', 'sect_timer_startLabel'],
  running: ['sect_timer_pause', 'sect_timer_pauseLabel'],
  paused: ['sect_timer_resume', 'sect_timer_resumeLabel'],
  done: ['sect_timer_again', 'sect_timer_againLabel'],
} as const;

export function StretchTimer({ durationSec, title, now = Date.now }: StretchTimerProps) {
  const { countdown, remainingMs, start, pause, stop } = useCountdown(durationSec, now);
  const [announcement, setAnnouncement] = useState('');
  const { status } = countdown;

  useEffect(() => {
    if (status === 'done') setAnnouncement(t('sect_timer_doneAnnouncement', title));
    else if (status === 'running') setAnnouncement('');
  }, [status, title]);

  const elapsed = countdown.durationMs === 0 ? 1 : 1 - remainingMs / countdown.durationMs;
  const primary = status === 'running' ? pause : start;
  const [textKey, labelKey] = PRIMARY_KEYS[status];

  return (
    <div class="lb-timer" data-status={status}>
      <p class="lb-timer-clock" role="timer">
        <span class="lb-visually-hidden">{t('sect_timer_timeLeft')} </span>
        {formatClock(remainingMs)}
      </p>
      <div class="lb-bar" aria-hidden="true">
        <div class="lb-bar-fill lb-timer-fill" style={{ width: `${Math.round(elapsed * 100)}%` }} />
      </div>
      <div class="lb-timer-buttons">
        <button type="button" class="lb-button lb-button-primary" onClick={primary} aria-label={t(labelKey, title)}>
          {t(textKey)}
        </button>
        <button
          type="button"
          class="lb-button"
          onClick={stop}
          disabled={status === 'idle' || status === 'done'}
          aria-label={t('sect_timer_stopLabel', title)}
        >
          {t('sect_timer_stop')}
        </button>
      </div>
      <p class="lb-visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <p class="lb-timer-status" aria-hidden="true">
        {status === 'done' ? t('sect_timer_done') : status === 'paused' ? t('sect_timer_paused') : '\u00a0'}
      </p>
    </div>
  );
}
