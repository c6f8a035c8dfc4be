/** "Source: NHS: Back pain ↗, …": the public pages behind a piece of advice, each a link. */
import type { PublicSource } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { ExternalLink } from './ExternalLink.tsx';
import './healthLinks.css';

interface SourceLinksProps {
  sources: readonly PublicSource[];
  /** Locale key of the label before the links; "Source:" / "Sources:" by default. */
  labelKey?: string;
}

/** Each page once, in the order given. */
export function uniqueSources(sources: readonly PublicSource[]): PublicSource[] {
  return sources.filter((s, i) => sources.findIndex((o) => o.id === s.id) === i);
}

export function SourceLinks({ sources, labelKey }: SourceLinksProps) {
  const list = uniqueSources(sources);
  if (list.length === 0) return null;
  const label = labelKey ?? (list.length === 1 ? 'health_source_one' : 'health_source_many');
  return (
    <p class="lb-sources">
      <span class="lb-sources-label">{t(label)}</span>{' '}
      {list.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          <ExternalLink href={s.url} lang="en">
            {s.name}
          </ExternalLink>
        </span>
      ))}
    </p>
  );
}
