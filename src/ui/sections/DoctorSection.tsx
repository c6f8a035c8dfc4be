/**
 * "When to see a doctor": every warning sign in the seed, by urgency. Emergencies come first and
 * say where to go in words that hold in every country (an emergency department, or the local
 * emergency number); then what needs a doctor the same day; then what needs an appointment, each
 * with a test a person can apply. Urgency never rests on colour alone: each group has an icon, a
 * bold heading and its own border. Every sign names its public sources.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { RED_FLAGS, redFlagsByUrgency } from '../../core/content/redFlags.ts';
import type { RedFlag, RedFlagUrgency } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { HealthDisclaimer } from '../shared/HealthDisclaimer.tsx';
import { SourceLinks } from '../shared/SourceLinks.tsx';
import { AlertIcon, ClockIcon } from './icons.tsx';
import './sections.css';

export interface DoctorSectionProps {
  flags?: readonly RedFlag[];
}

const GROUPS: { urgency: RedFlagUrgency; className: string; headingKey: string; icon: () => ComponentChildren }[] = [
  { urgency: 'emergency', className: 'lb-urgent', headingKey: 'sect_doctor_emergencyHeading', icon: AlertIcon },
  { urgency: 'today', className: 'lb-today', headingKey: 'sect_doctor_todayHeading', icon: AlertIcon },
  { urgency: 'soon', className: 'lb-soon', headingKey: 'sect_doctor_soonHeading', icon: ClockIcon },
];

function FlagGroup({
  flags,
  className,
  headingKey,
  icon: Icon,
  urgency,
}: { flags: RedFlag[] } & (typeof GROUPS)[number]) {
  const headingId = useId();
  if (flags.length === 0) return null;
  return (
    <div class={className} data-urgency={urgency}>
      <h3 id={headingId} class="lb-flag-heading">
        <Icon />
        <span>{t(headingKey)}</span>
      </h3>
      <ul aria-labelledby={headingId}>
        {flags.map((f) => (
          <li key={f.id} data-id={f.id}>
            {t(f.textKey)}
            <SourceLinks sources={f.sources} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function DoctorSection({ flags = RED_FLAGS }: DoctorSectionProps) {
  const headingId = useId();
  const byUrgency = redFlagsByUrgency(flags);
  return (
    <section class="lb-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sect_doctor_heading')}</h2>
      <HealthDisclaimer />
      <p class="lb-muted">{t('sect_doctor_intro')}</p>
      {GROUPS.map((g) => (
        <FlagGroup key={g.urgency} flags={byUrgency[g.urgency]} {...g} />
      ))}
    </section>
  );
}
