/** Where a stretch can be done, as icon + text (never the icon alone). */
import type { StretchPlace } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { placeLabel } from './format.ts';
import { PlaceIcon } from './icons.tsx';

export function PlaceTags({ places }: { places: readonly StretchPlace[] }) {
  return (
    <ul class="lb-tags" aria-label={t('sect_stretches_placesLabel')}>
      {places.map((place) => (
        <li key={place} class="lb-tag">
          <PlaceIcon place={place} />
          {placeLabel(place)}
        </li>
      ))}
    </ul>
  );
}
