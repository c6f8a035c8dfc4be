/**
 * The next 10:00 local time after `now` ("YYYY-MM-DD 10:00", in the process's time zone): today's
 * before 10:00, tomorrow's from then on. Always ahead of the real clock, never behind it: files a
 * browser writes carry the kernel's real times, and Firefox's IndexedDB refuses to work when they lie
 * in its future ("UnknownErr in ClampResultCode", seen with the clock pinned hours back).
 */
export function nextMorning(now: number): string {
  const day = new Date(now);
  if (day.getHours() >= 10) day.setDate(day.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())} 10:00`;
}
