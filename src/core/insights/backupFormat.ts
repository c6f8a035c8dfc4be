/**
 * The history backup file: `{ format: 'limber-history', version: 1, exportedAt, records: [...] }`.
 * Records are the history records (events and per-day active time) and the per-day longest stretch,
 * whatever shape the database keeps them in (raw or packed), sorted by day then id, so the same
 * history always exports to the same records. One record per line keeps a two-year file readable
 * and about half the size of indented JSON. Pure.
 */
import type { InsightRecord } from './stretchRecord.ts';

export const BACKUP_FORMAT = 'limber-history';
export const BACKUP_VERSIONS = [1] as const;
/**
 * 5 MB (SI, 5 000 000 bytes of UTF-8). Two years of a heavy day (12 h at the screen, 30-minute
 * cycles, a few snoozes each) is about 4 MB; a typical two years is 1 to 2 MB.
 */
export const MAX_BACKUP_BYTES = 5_000_000;

const byDayThenId = (a: InsightRecord, b: InsightRecord) =>
  a.day < b.day ? -1 : a.day > b.day ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function sortRecords(records: Iterable<InsightRecord>): InsightRecord[] {
  return [...records].sort(byDayThenId);
}

/** Only the fields a record of its kind has, in a fixed order, so equal records print equally. */
function canonical(r: InsightRecord): InsightRecord {
  if (r.kind === 'active' || r.kind === 'longestStretch') return { id: r.id, day: r.day, kind: r.kind, ms: r.ms };
  const event = { id: r.id, day: r.day, kind: r.kind, at: r.at };
  return r.durationMs === undefined ? event : { ...event, durationMs: r.durationMs };
}

export function exportBackup(records: Iterable<InsightRecord>, now: number): string {
  const head = `{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":${JSON.stringify(new Date(now).toISOString())},`;
  const lines = sortRecords(records).map((r) => JSON.stringify(canonical(r)));
  return `${head}"records":[\n${lines.join(',\n')}\n]}\n`;
}
