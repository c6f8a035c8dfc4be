/** Figures as text, in the UI language. Day keys are calendar dates, so they are formatted in UTC. */
import { t, uiLanguage } from '../i18n.ts';

export function duration(ms: number): string {
  const total = Math.round(ms / 60_000);
  if (total < 60) return t('ins_minutes', total);
  return t('ins_hoursMinutes', [Math.floor(total / 60), String(total % 60).padStart(2, '0')]);
}

/** A value on a time axis, as short as it can be said: "0", "30 min", "2 h", "1 h 30". */
export function axisDuration(ms: number): string {
  const total = Math.round(ms / 60_000);
  if (total === 0) return '0';
  if (total < 60) return t('ins_minutes', total);
  const hours = Math.floor(total / 60);
  return total % 60 === 0
    ? t('ins_axisHours', hours)
    : t('ins_axisHoursMinutes', [hours, String(total % 60).padStart(2, '0')]);
}

export const breaksText = (n: number): string => t('ins_breaksCount', n);

/** chrome.i18n has no plural forms: pick the singular message where the language's rules say "one". */
export const daysText = (n: number): string =>
  t(new Intl.PluralRules(uiLanguage()).select(n) === 'one' ? 'ins_streakDaysOne' : 'ins_streakDays', n);

export const percent = (share: number | null): string =>
  share === null ? t('ins_adherenceNone') : t('ins_percent', Math.round(share * 100));

function dateOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function format(day: string, options: Intl.DateTimeFormatOptions): string {
  const key = JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(uiLanguage(), { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f.format(dateOf(day));
}

/** "Wed 14 May" style, for titles and tables. */
export const longDay = (day: string) => format(day, { weekday: 'short', day: 'numeric', month: 'short' });
/** "Wed", under the bars of a week. */
export const weekdayShort = (day: string) => format(day, { weekday: 'short' });
/** "14 May", under some bars of a month. */
export const shortDate = (day: string) => format(day, { day: 'numeric', month: 'short' });
