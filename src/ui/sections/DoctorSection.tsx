/**
 * "When to see a doctor": every warning sign in the seed. Signs that need help at once come first,
 * in a box marked by an icon, a bold label and a thick border, so urgency never rests on colour.
 */
import { useId } from 'preact/hooks';
import { RED_FLAGS, redFlagsByUrgency } from '../../core/content/redFlags.ts';
import type { RedFlag } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { AlertIcon, ClockIcon, InfoIcon } from './icons.tsx';
import './sections.css';

export interface DoctorSectionProps {
  flags?: readonly RedFlag[];
}

export function DoctorSection({ flags = RED_FLAGS }: DoctorSectionProps) {
  const headingId = useId();
  const urgentId = useId();
  const soonId = useId();
  const { urgent, soon } = redFlagsByUrgency(flags);
  return (
    <section class="lb-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sect_doctor_heading')}</h2>
      <div class="lb-urgent" data-urgency="urgent">
        <h3 id={urgentId} class="lb-flag-heading">
          <AlertIcon />
          <span>{t('sect_doctor_urgentHeading')}</span>
        </h3>
        <ul aria-labelledby={urgentId}>
          {urgent.map((f) => (
            <li key={f.id} data-id={f.id}>
              {t(f.textKey)}
            </li>
          ))}
        </ul>
      </div>
      <div class="lb-soon" data-urgency="soon">
        <h3 id={soonId} class="lb-flag-heading">
          <ClockIcon />
          <span>{t('sect_doctor_soonHeading')}</span>
        </h3>
        <ul aria-labelledby={soonId}>
          {soon.map((f) => (
            <li key={f.id} data-id={f.id}>
              {t(f.textKey)}
            </li>
          ))}
        </ul>
      </div>
      <p class="lb-note">
        <InfoIcon />
        <span>{t('sect_doctor_disclaimer')}</span>
      </p>
    </section>
  );
}
