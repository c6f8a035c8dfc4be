/** Time formatting for pages, in the UI language (Intl, no library needed). */
import { uiLanguage } from '../i18n.ts';

export function clockTime(ms: number): string {
  // 'numeric' hours: "1:44 PM" in English, "13:44" where the 24-hour clock is the custom.
  return new Intl.DateTimeFormat(uiLanguage(), { hour: 'numeric', minute: '2-digit' }).format(ms);
}

/** "12:05" style countdown for durations under an hour, "1:02:05" above. */
export function countdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/**
 * A length in words, in the UI language, plural and all (Intl): "4 seconds", "1 minute",
 * "1.5 minutes". For saying how long something lasted, where "0:04" could be misread.
 */
export function lengthText(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const [value, unit] = seconds < 60 ? [seconds, 'second'] : [Math.round(seconds / 6) / 10, 'minute'];
  return new Intl.NumberFormat(uiLanguage(), {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value);
}
