/**
 * CSV export of daily figures (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote
 * or line break quoted, quotes doubled). A cell that starts with = + - @ (or a tab or carriage return)
 * gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula
 * (OWASP "CSV injection"). Pure.
 */
import { adherence, type DayFigures } from './dailyFigures.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows
    .map((row) => row.map(csvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** Column names are stable identifiers (for spreadsheets and scripts), not translated text. */
export const CSV_COLUMNS = [
  'day',
  'active_minutes',
  'breaks_taken',
  'breaks_natural',
  'snoozed',
  'skipped',
  'breaks_short',
  'reminded',
  'break_minutes',
  'longest_stretch_minutes',
  'adherence_percent',
] as const;

const minutes = (ms: number) => Math.round((ms / 60_000) * 10) / 10;

export function figuresCsv(days: readonly DayFigures[]): string {
  const rows = days.map((d) => {
    const share = adherence(d);
    return [
      d.day,
      minutes(d.activeMs),
      d.taken,
      d.natural,
      d.snoozed,
      d.skipped,
      d.short,
      d.reminded,
      minutes(d.breakMs),
      minutes(d.longestStretchMs),
      share === null ? null : Math.round(share * 100),
    ];
  });
  return toCsv([[...CSV_COLUMNS], ...rows]);
}
