/** One stretch: illustration, where, how long, steps, caution line and its own countdown. */
import { useEffect, useId, useRef } from 'preact/hooks';
import type { Stretch } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { StretchIllustration } from '../illustrations/index.ts';
import { formatDuration } from './format.ts';
import { AlertIcon } from './icons.tsx';
import { PlaceTags } from './PlaceTags.tsx';
import { StretchTimer } from './StretchTimer.tsx';

interface StretchDetailProps {
  stretch: Stretch;
  onBack(): void;
  /** Move focus to the heading on open (only after a user action, never on first page load). */
  focusOnOpen: boolean;
  now?: () => number;
}

export function StretchDetail({ stretch, onBack, focusOnOpen, now }: StretchDetailProps) {
  const headingId = useId();
  const stepsId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const title = t(stretch.titleKey);
  // Credit the guideline behind the move, or behind its steps when the seed only names the move.
  const cited = stretch.source.kind === 'guideline' ? stretch.source : stretch.howToSource;

  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);

  return (
    <article class="lb-stretch" aria-labelledby={headingId}>
      <button type="button" class="lb-button lb-back" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {t('sect_stretches_back')}
      </button>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <StretchIllustration id={stretch.illustration} />
      <div class="lb-stretch-meta">
        <PlaceTags places={stretch.places} />
        <span class="lb-muted">{t('sect_stretches_duration', formatDuration(stretch.durationSec))}</span>
      </div>
      <h4 id={stepsId}>{t('sect_stretches_steps')}</h4>
      <ol class="lb-steps" aria-labelledby={stepsId}>
        {stretch.stepsKeys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <p class="lb-caution">
        <AlertIcon />
        <span>
          <strong>{t('sect_stretches_caution')}</strong> {t(stretch.cautionKey)}
        </span>
      </p>
      <StretchTimer durationSec={stretch.durationSec} title={title} {...(now ? { now } : {})} />
      {cited?.kind === 'guideline' && <p class="lb-source lb-muted">{t('sect_source', cited.name)}</p>}
    </article>
  );
}
