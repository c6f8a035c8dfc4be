/** The end of the break: what was done, a hydration reminder (the seed: muscles need water), and how it was logged. */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n.ts';
import type { RoutineSummary } from './RoutinePlayer.tsx';

export type LogState = 'saving' | 'saved' | { error: string };

interface EndScreenProps {
  summary: RoutineSummary;
  log: LogState;
  onClose(): void;
}

export function EndScreen({ summary, log, onClose }: EndScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves here so keyboard and screen-reader users land on the result, not on a vanished button.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="brk-end" aria-labelledby="brk-end-title">
      <h2 id="brk-end-title" ref={heading} tabIndex={-1}>
        {t('brk_endTitle')}
      </h2>
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
      <p role="status" class={typeof log === 'object' ? 'brk-error' : 'brk-muted'}>
        {log === 'saving' ? t('brk_logSaving') : log === 'saved' ? t('brk_logSaved') : t('brk_logFailed', log.error)}
      </p>
      <button type="button" class="primary" onClick={onClose}>
        {t('brk_close')}
      </button>
    </section>
  );
}
