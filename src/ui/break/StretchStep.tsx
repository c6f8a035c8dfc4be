/**
 * One stretch of the routine: illustration, name, steps, caution, the countdown (its progress is
 * drawn by the routine's one indicator, Progress.tsx) and the how-to page its steps follow. Keyed by step
 * in the parent, so each stretch mounts fresh; the heading takes focus after a user moved on, so a
 * screen reader starts reading the new stretch.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Stretch } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { StretchIllustration } from '../illustrations/index.ts';
import { formatClock } from '../sections/format.ts';
import { SourceLinks } from '../shared/SourceLinks.tsx';

interface StretchStepProps {
  stretch: Stretch;
  remainingMs: number;
  paused: boolean;
  focusHeading: boolean;
}

export function StretchStep({ stretch, remainingMs, paused, focusHeading }: StretchStepProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);

  return (
    <article class="brk-step" aria-labelledby="brk-step-title">
      <h2 id="brk-step-title" ref={heading} tabIndex={-1}>
        {t(stretch.titleKey)}
      </h2>
      <StretchIllustration id={stretch.illustration} />
      {/* The clock changes every second; it is not live, the end of each stretch is announced instead. */}
      <p class="brk-clock" role="timer" aria-live="off">
        <span class="visually-hidden">{t('brk_timeLeft')} </span>
        {formatClock(remainingMs)}
      </p>
      <p class="brk-paused" aria-hidden={!paused}>
        {paused ? t('brk_paused') : '\u00a0'}
      </p>
      <ol class="brk-steps">
        {stretch.stepsKeys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <p class="brk-caution">
        <strong>{t('brk_caution')}</strong> {t(stretch.cautionKey)}
      </p>
      <div class="brk-muted">
        <SourceLinks sources={[stretch.howTo]} labelKey="sect_stretches_howToSource" />
      </div>
    </article>
  );
}
