/**
 * The stretch list with a place filter, in groups that say what the moves are for (during a spasm,
 * strengthening between spasms, loosening up). Desk stretches come first, so the group of desk
 * moves leads and each group lists what can be done at the desk before the rest. Each row is a
 * real button that opens the stretch, with a still thumbnail of its illustration beside the name.
 */
import { groupStretches } from '../../core/content/stretchGroups.ts';
import type { Stretch, StretchPlace } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { StretchIllustration } from '../illustrations/index.ts';
import { SourceLinks } from '../shared/SourceLinks.tsx';
import { formatDuration, placeLabel } from './format.ts';
import { deskFirst } from './stretchOrder.ts';

export type PlaceFilter = 'all' | StretchPlace;

const FILTERS: readonly PlaceFilter[] = ['all', 'desk', 'standing', 'floor'];

interface StretchListProps {
  stretches: readonly Stretch[];
  filter: PlaceFilter;
  onFilter(filter: PlaceFilter): void;
  onOpen(id: string): void;
}

export function StretchList({ stretches, filter, onFilter, onOpen }: StretchListProps) {
  const ordered = deskFirst(stretches);
  const visible = filter === 'all' ? ordered : ordered.filter((s) => s.places.includes(filter));
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
                  <StretchIllustration id={s.illustration} thumbnail />
                  <span class="lb-stretch-row-text">
                    <span class="lb-stretch-row-title">{t(s.titleKey)}</span>
                    <span class="lb-muted">
                      {t('sect_stretches_rowMeta', [
                        formatDuration(s.durationSec),
                        s.places.map(placeLabel).join(', '),
                      ])}
                    </span>
                    {s.notDuringSpasm && <span class="lb-stretch-row-warn">{t('sect_stretches_notDuringSpasm')}</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
