/**
 * One stretch: illustration, where, how long, steps, caution, whether it suits a spasm, its own
 * countdown, the public pages behind it (the how-to page for its steps), and the disclaimer line.
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import type { Stretch } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { StretchIllustration } from '../illustrations/index.ts';
import { HealthDisclaimer } from '../shared/HealthDisclaimer.tsx';
import { SourceLinks } from '../shared/SourceLinks.tsx';
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

/** Why a stretch should wait until a spasm has passed, by what the stretch is for. */
const NOT_DURING_SPASM_KEYS = {
  strengthen: 'sect_stretches_notDuringSpasm_strengthen',
  loosen: 'sect_stretches_notDuringSpasm_loosen',
  spasm: 'sect_stretches_notDuringSpasm_loosen',
} as const;

export function StretchDetail({ stretch, onBack, focusOnOpen, now }: StretchDetailProps) {
  const headingId = useId();
  const stepsId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const title = t(stretch.titleKey);
  const why = stretch.sources.filter((s) => s.id !== stretch.howTo.id);

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
      {stretch.notDuringSpasm && (
        <p class="lb-caution lb-spasm-note" data-note="not-during-spasm">
          <AlertIcon />
          <span>
            <strong>{t('sect_stretches_notDuringSpasm')}</strong> {t(NOT_DURING_SPASM_KEYS[stretch.use])}
          </span>
        </p>
      )}
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
      <div class="lb-muted">
        <SourceLinks sources={[stretch.howTo]} labelKey="sect_stretches_howToSource" />
        <SourceLinks sources={why} labelKey="sect_stretches_whySource" />
      </div>
      <HealthDisclaimer />
    </article>
  );
}
