/**
 * "My back hurts now": the seed's quick-relief steps. Optional callbacks let the popup link
 * straight to the stretches and to the doctor section (one click, as DESIGN.md section 6 asks).
 */
import { useId } from 'preact/hooks';
import { RELIEF_TIPS } from '../../core/content/relief.ts';
import type { ReliefTip } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { AlertIcon } from './icons.tsx';
import './sections.css';

export interface ReliefSectionProps {
  tips?: readonly ReliefTip[];
  onShowStretches?: () => void;
  onShowDoctor?: () => void;
}

export function ReliefSection({ tips = RELIEF_TIPS, onShowStretches, onShowDoctor }: ReliefSectionProps) {
  const headingId = useId();
  return (
    <section class="lb-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sect_relief_heading')}</h2>
      <p class="lb-muted">{t('sect_relief_intro')}</p>
      <ul class="lb-cards">
        {tips.map((tip) => (
          <li key={tip.id} class="lb-card" data-id={tip.id}>
            <h3>{t(tip.titleKey)}</h3>
            <p>{t(tip.textKey)}</p>
            {tip.id === 'gentleMovement' && onShowStretches && (
              <button type="button" class="lb-button lb-button-small" onClick={onShowStretches}>
                {t('sect_relief_showStretches')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p class="lb-note">
        <AlertIcon />
        <span>{t('sect_relief_warningSigns')}</span>
      </p>
      {onShowDoctor && (
        <button type="button" class="lb-button" onClick={onShowDoctor}>
          {t('sect_relief_showDoctor')}
        </button>
      )}
    </section>
  );
}
