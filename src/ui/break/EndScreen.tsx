/**
 * The end of the break: what happened, in plain words. The background decides how the break is
 * logged (rule 7: taken needs the routine finished with half of B spent, or B spent; anything shorter
 * is a short break), so the heading waits for its answer: "Well done" only for a break taken. Then
 * what was done, and a hydration reminder (the seed: muscles need water).
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n.ts';
import { lengthText } from '../shared/format.ts';
import type { RoutineSummary } from './RoutinePlayer.tsx';

export type LogState = 'saving' | { logged: 'taken' | 'short'; durationMs: number } | { error: string };

interface EndScreenProps {
  summary: RoutineSummary;
  log: LogState;
  /** B, for saying what a break taken needs. */
  breakMinutes: number;
  onClose(): void;
}

function heading(log: LogState): string {
  if (log === 'saving') return t('brk_endTitleSaving');
  if ('error' in log) return t('brk_endTitleUnlogged');
  return log.logged === 'taken' ? t('brk_endTitle') : t('brk_endTitleShort');
}

export function EndScreen({ summary, log, breakMinutes, onClose }: EndScreenProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus moves here so keyboard and screen-reader users land on the result, not on a vanished button.
  useEffect(() => headingRef.current?.focus(), []);
  const logged = typeof log === 'object' && 'logged' in log ? log : null;
  return (
    <section class="brk-end" aria-labelledby="brk-end-title">
      <h2 id="brk-end-title" ref={headingRef} tabIndex={-1}>
        {heading(log)}
      </h2>
      {logged?.logged === 'short' && (
        <p>
          {t('brk_endShortText', [
            lengthText(logged.durationMs),
            lengthText((breakMinutes * 60_000) / 2),
            lengthText(breakMinutes * 60_000),
          ])}
        </p>
      )}
      <p>{t('brk_endSummary', [summary.done, summary.total])}</p>
      {summary.skipped > 0 && <p class="brk-muted">{t('brk_endSkipped', summary.skipped)}</p>}
      <div class="brk-water">
        {/* Drawn, not an emoji: systems without an emoji font would show an empty box. */}
        <svg class="brk-water-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 2.5C9 7 5.5 10.8 5.5 14.5a6.5 6.5 0 0 0 13 0C18.5 10.8 15 7 12 2.5Z" />
        </svg>
        <p>
          <strong>{t('brk_waterTitle')}</strong> {t('brk_waterText')}
        </p>
      </div>
      <p role="status" class={typeof log === 'object' && 'error' in log ? 'brk-error' : 'brk-muted'}>
        {log === 'saving'
          ? t('brk_logSaving')
          : 'error' in log
            ? t('brk_logFailed', log.error)
            : log.logged === 'taken'
              ? t('brk_logSavedTaken', lengthText(log.durationMs))
              : t('brk_logSavedShort')}
      </p>
      <button type="button" class="primary" onClick={onClose}>
        {t('brk_close')}
      </button>
    </section>
  );
}
