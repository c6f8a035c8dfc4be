/**
 * The stretch list with a place filter, in groups that say what the moves are for (during a spasm,
 * strengthening between spasms, loosening up). Each row is a real button that opens the stretch.
 */
import { groupStretches } from '../../core/content/stretchGroups.ts';
import type { Stretch, StretchPlace } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { SourceLinks } from '../shared/SourceLinks.tsx';
import { formatDuration, placeLabel } from './format.ts';

export type PlaceFilter = 'all' | StretchPlace;

const FILTERS: readonly PlaceFilter[] = ['all', 'desk', 'standing', 'floor'];

interface StretchListProps {
  stretches: readonly Stretch[];
  filter: PlaceFilter;
  onFilter(filter: PlaceFilter): void;
  onOpen(id: string): void;
}

export function StretchList({ stretches, filter, onFilter, onOpen }: StretchListProps) {
  const visible = filter === 'all' ? stretches : stretches.filter((s) => s.places.includes(filter));
  return (
    <>
      <fieldset class="lb-filter">
        <legend class="lb-visually-hidden">{t('sect_stretches_filterLabel')}</legend>
        {FILTERS.map((f) => (
          <button key={f} type="button" class="lb-chip" aria-pressed={filter === f} onClick={() => onFilter(f)}>
            {f === 'all' ? t('sect_stretches_filterAll') : placeLabel(f)}
          </button>
        ))}
      </fieldset>
      {groupStretches(visible).map(({ group, stretches: members }) => (
        <div key={group.id} class="lb-stretch-group" data-group={group.id}>
          <h3 tabIndex={-1}>{t(group.titleKey)}</h3>
          <p class="lb-muted">{t(group.introKey)}</p>
          <SourceLinks sources={group.sources} />
          <ul class="lb-stretch-list">
            {members.map((s) => (
              <li key={s.id}>
                <button type="button" class="lb-stretch-row" data-stretch={s.id} onClick={() => onOpen(s.id)}>
                  <span class="lb-stretch-row-title">{t(s.titleKey)}</span>
                  <span class="lb-muted">
                    {t('sect_stretches_rowMeta', [formatDuration(s.durationSec), s.places.map(placeLabel).join(', ')])}
                  </span>
                  {s.notDuringSpasm && <span class="lb-stretch-row-warn">{t('sect_stretches_notDuringSpasm')}</span>}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
