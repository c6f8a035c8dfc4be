/**
 * The warm-and-cold timer: four 5-minute steps (warm, cold, warm, cold), then a break. The current
 * step and the time left come from the wall clock (core/warmColdTimer.ts) and the round is stored,
 * so it stays true when the popup is closed and opened again. It cannot ring while the popup is
 * closed, and says so. Each change of step is announced through a polite live region that exists
 * from the first render (screen readers ignore live regions inserted together with their text).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  pauseWarmCold,
  resumeWarmCold,
  startWarmCold,
  WARM_COLD_STEP_MS,
  WARM_COLD_STEPS,
  type WarmColdKind,
  type WarmColdRun,
  warmColdExpired,
  warmColdStatus,
} from '../../core/warmColdTimer.ts';
import { t } from '../i18n.ts';
import { formatClock, formatDuration } from './format.ts';
import { localWarmColdStore, type WarmColdStore } from './warmColdStore.ts';

interface WarmColdTimerProps {
  now?: () => number;
  store?: WarmColdStore;
}

const KIND_KEYS: Record<WarmColdKind, string> = { warm: 'sect_wc_warm', cold: 'sect_wc_cold' };

export function WarmColdTimer({ now = Date.now, store }: WarmColdTimerProps) {
  const storage = useMemo(() => store ?? localWarmColdStore(), [store]);
  const [run, setRun] = useState<WarmColdRun | null>(() => {
    const stored = storage.load();
    if (stored && warmColdExpired(stored, now())) {
      storage.save(null);
      return null;
    }
    return stored;
  });
  const [, setTick] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const status = run ? warmColdStatus(run, now()) : null;
  const lastStep = useRef<string | null>(status ? `${status.state}:${status.step}` : null);

  const update = (next: WarmColdRun | null) => {
    setRun(next);
    storage.save(next);
  };

  // Re-render every second while running; the time shown is always computed from the clock.
  useEffect(() => {
    if (status?.state !== 'running') return;
    const id = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, [status?.state]);

  // Announce a new step or the end, but not what was already showing when the popup opened.
  const stepKey = status ? `${status.state}:${status.step}` : null;
  useEffect(() => {
    if (stepKey === lastStep.current) return;
    lastStep.current = stepKey;
    if (!status) return;
    if (status.state === 'done') setAnnouncement(t('sect_wc_doneAnnouncement'));
    else if (status.state === 'running')
      setAnnouncement(
        t('sect_wc_stepAnnouncement', [t(KIND_KEYS[status.kind]), formatDuration(WARM_COLD_STEP_MS / 1000)]),
      );
  }, [stepKey]);

  const state = status?.state ?? 'idle';
  const primary = {
    idle: { text: 'sect_wc_start', act: () => update(startWarmCold(now())) },
    running: { text: 'sect_wc_pause', act: () => run && update(pauseWarmCold(run, now())) },
    paused: { text: 'sect_wc_resume', act: () => run && update(resumeWarmCold(run, now())) },
    done: { text: 'sect_wc_again', act: () => update(startWarmCold(now())) },
  }[state];

  return (
    <div class="lb-wc" data-state={state}>
      <h4>{t('sect_wc_heading')}</h4>
      <ol class="lb-wc-steps">
        {WARM_COLD_STEPS.map((kind, i) => {
          const current = status && status.state !== 'done' && status.step === i;
          const finished = status && (status.state === 'done' || i < status.step);
          return (
            <li
              key={`${i}-${kind}`}
              data-kind={kind}
              data-phase={current ? 'current' : finished ? 'done' : 'next'}
              {...(current ? { 'aria-current': 'step' } : {})}
            >
              <span>{t('sect_wc_stepLabel', [t(KIND_KEYS[kind]), formatDuration(WARM_COLD_STEP_MS / 1000)])}</span>
              {finished && <span class="lb-wc-check">{t('sect_wc_stepDone')}</span>}
            </li>
          );
        })}
      </ol>
      <p class="lb-wc-now">
        {status && status.state !== 'done' ? (
          <>
            <strong>{t(KIND_KEYS[status.kind])}</strong>{' '}
            <span role="timer" aria-live="off">
              <span class="lb-visually-hidden">{t('sect_timer_timeLeft')} </span>
              {formatClock(status.stepRemainingMs)}
            </span>
            {status.state === 'paused' && <span class="lb-muted"> · {t('sect_timer_paused')}</span>}
          </>
        ) : status?.state === 'done' ? (
          <strong>{t('sect_wc_done')}</strong>
        ) : (
          <span class="lb-muted">{t('sect_wc_idle')}</span>
        )}
      </p>
      <div class="lb-timer-buttons">
        <button type="button" class="lb-button lb-button-primary" onClick={primary.act}>
          {t(primary.text)}
        </button>
        <button type="button" class="lb-button" onClick={() => update(null)} disabled={state === 'idle'}>
          {t('sect_wc_stop')}
        </button>
      </div>
      <p class="lb-muted lb-wc-note">{t('sect_wc_closedNote')}</p>
      <p class="lb-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
