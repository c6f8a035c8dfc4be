/** "Why spasms happen": the seed's causes, short and plain, each with its public source. */
import { useId } from 'preact/hooks';
import { CAUSES } from '../../core/content/causes.ts';
import type { Cause } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { SourceLinks } from '../shared/SourceLinks.tsx';
import './sections.css';

export interface CausesSectionProps {
  causes?: readonly Cause[];
}

export function CausesSection({ causes = CAUSES }: CausesSectionProps) {
  const headingId = useId();
  return (
    <section class="lb-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sect_causes_heading')}</h2>
      <p class="lb-muted">{t('sect_causes_intro')}</p>
      <ul class="lb-cards">
        {causes.map((c) => (
          <li key={c.id} class="lb-card" data-id={c.id}>
            <h3>{t(c.titleKey)}</h3>
            <p>{t(c.textKey)}</p>
            <SourceLinks sources={c.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
