/**
 * Pure helpers for pinned-clock runs: a local wall-clock time ("2026-12-31 23:59") read in the
 * process's own time zone, and the shift that moves the clock there.
 */
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

export type LocalTimeResult = { ok: true; at: number } | { ok: false; error: string };

/**
 * The instant a local wall-clock time names in the current time zone. Refuses malformed text,
 * impossible dates (2027-02-29) and times a daylight-saving change skips (02:30 on a spring night).
 */
export function parseLocalTime(text: string): LocalTimeResult {
  const match = LOCAL_TIME.exec(text.trim());
  if (!match) return { ok: false, error: `"${text}" is not a local time like 2026-12-31 23:59 or 2026-12-31 23:59:30` };
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const at = new Date(year, month - 1, day, hour, minute, second);
  const same =
    at.getFullYear() === year &&
    at.getMonth() === month - 1 &&
    at.getDate() === day &&
    at.getHours() === hour &&
    at.getMinutes() === minute &&
    at.getSeconds() === second;
  if (!same)
    return {
      ok: false,
      error: `${text} does not exist on this clock (not a date, or skipped by a daylight-saving change)`,
    };
  return { ok: true, at: at.getTime() };
}

/** Whole seconds to add to the wall clock so that it reads `target` at `now`. */
export function clockShiftSeconds(target: number, now: number): number {
  return Math.round((target - now) / 1000);
}
