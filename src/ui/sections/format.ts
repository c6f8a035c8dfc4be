/** Small text formatters shared by the sections; every word still comes from _locales. */
import type { StretchPlace } from '../../core/content/types.ts';
import { t } from '../i18n.ts';

/** "45 sec" or "5 min"; abbreviations avoid plural rules that chrome.i18n cannot express. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return t('sect_duration_seconds', seconds);
  const minutes = Math.round(seconds / 60);
  return t('sect_duration_minutes', minutes);
}

/** m:ss for the countdown, rounded up so "0:00" only shows when time is really up. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

const PLACE_KEYS: Record<StretchPlace, string> = {
  desk: 'sect_place_desk',
  standing: 'sect_place_standing',
  floor: 'sect_place_floor',
};

export function placeLabel(place: StretchPlace): string {
  return t(PLACE_KEYS[place]);
}
