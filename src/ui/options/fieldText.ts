/** Turning values and validation results into what the options page shows, through _locales. */
import type { FieldError, PrefKey } from '../../core/settings.ts';
import { t } from '../i18n.ts';

/** The localized sentence for a rule broken (`err_<code>` with the rule's substitutions). */
export const errorText = (e: FieldError): string => t(`err_${e.code}`, e.subs);

/** The error to show beside `key`: its own if any (cross-field rules may name the other field). */
export const errorFor = (errors: readonly FieldError[], key: string): FieldError | undefined =>
  errors.find((e) => e.field === key) ?? errors[0];

export const fieldLabel = (key: PrefKey): string => t(`opt_field_${key}`);

// Plain decimal numbers only: Number() would also accept "0x1e", " ", "Infinity" and "1_0".
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The number typed, or NaN for empty or anything that is not a plain decimal. */
export function parseNumber(text: string): number {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** "HH:MM" for an <input type="time">; 24:00 (end of day) shows as 23:59, the input's last minute. */
export function minutesToTime(minutes: number): string {
  const m = Math.min(minutes, 24 * 60 - 1);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Minutes after midnight from "HH:MM" (or "HH:MM:SS"), or null when empty or malformed. */
export function timeToMinutes(text: string): number | null {
  const match = /^(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?$/.exec(text);
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  return h < 24 && m < 60 ? h * 60 + m : null;
}
