/**
 * "During a spasm": what to do while a spasm is happening, apart from prevention. Warning signs
 * come first (they change what to do), then the seed's relief steps with their cautions, a
 * warm-and-cold timer, links to the gentle moves step by step, and a clear line that strengthening
 * waits until the spasm has passed. Every tip names its public sources.
 */
import { useId } from 'preact/hooks';
import { RELIEF_TIPS } from '../../core/content/relief.ts';
import type { ReliefTip } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { HealthDisclaimer } from '../shared/HealthDisclaimer.tsx';
import { SourceLinks } from '../shared/SourceLinks.tsx';
import { AlertIcon, InfoIcon } from './icons.tsx';
import { WarmColdTimer } from './WarmColdTimer.tsx';
import './sections.css';

export interface ReliefSectionProps {
  tips?: readonly ReliefTip[];
  /** Opens a stretch (or, without an id, the stretch list) in the popup's Stretches tab. */
  onShowStretch?: (id?: string) => void;
  onShowDoctor?: () => void;
  now?: () => number;
}

export function ReliefSection({ tips = RELIEF_TIPS, onShowStretch, onShowDoctor, now }: ReliefSectionProps) {
  const headingId = useId();
  return (
    <section class="lb-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sect_relief_heading')}</h2>
      <HealthDisclaimer />
      <div class="lb-note lb-note-warning">
        <AlertIcon />
        <div>
          <p>{t('sect_relief_warningSigns')}</p>
          {onShowDoctor && (
            <button type="button" class="lb-button lb-button-small" onClick={onShowDoctor}>
              {t('sect_relief_showDoctor')}
            </button>
          )}
        </div>
      </div>
      <p class="lb-muted">{t('sect_relief_intro')}</p>
      <ul class="lb-cards">
        {tips.map((tip) => (
          <li key={tip.id} class="lb-card" data-id={tip.id}>
            <h3>{t(tip.titleKey)}</h3>
            <p>{t(tip.textKey)}</p>
            {tip.cautionKey && (
              <p class="lb-caution">
                <AlertIcon />
                <span>
                  <strong>{t('sect_stretches_caution')}</strong> {t(tip.cautionKey)}
                </span>
              </p>
            )}
            {tip.id === 'alternate' && <WarmColdTimer {...(now ? { now } : {})} />}
            {tip.stretchId && onShowStretch && (
              <button
                type="button"
                class="lb-button lb-button-small"
                onClick={() => onShowStretch(tip.stretchId)}
                aria-label={t('sect_relief_showStepsLabel', t(tip.titleKey))}
              >
                {t('sect_relief_showSteps')}
              </button>
            )}
            <SourceLinks sources={tip.sources} />
          </li>
        ))}
      </ul>
      <div class="lb-note">
        <InfoIcon />
        <div>
          <p>{t('sect_relief_betweenSpasms')}</p>
          {onShowStretch && (
            <button type="button" class="lb-button lb-button-small" onClick={() => onShowStretch()}>
              {t('sect_relief_showStrengthening')}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
