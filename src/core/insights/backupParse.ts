/**
 * Reads a history backup with every check an untrusted file needs, in the manner of the preferences
 * import (src/core/prefsFile.ts): size before parsing, JSON syntax, the envelope, then every record's
 * shape through the same validators the database uses on read (backupRecord.ts), then sense: dates,
 * lengths and per-day counts no real day can exceed (backupSense.ts). Every problem is listed (the
 * first 20) with a reason a person can act on; nothing is partly accepted. Pure and total: never throws.
 */

import { headerProblems, quote } from '../fileHeader.ts';
import { isPlainObject } from '../guards.ts';
import { BACKUP_FORMAT, BACKUP_VERSIONS, MAX_BACKUP_BYTES } from './backupFormat.ts';
import { type BackupProblem, problem } from './backupProblem.ts';
import { checkRecord } from './backupRecord.ts';
import { senseProblems } from './backupSense.ts';
import type { InsightRecord } from './stretchRecord.ts';

export type { BackupProblem, BackupProblemCode } from './backupProblem.ts';

export const MAX_LISTED_PROBLEMS = 20;
const BACKUP_SPEC = {
  topKeys: ['format', 'version', 'exportedAt', 'records'],
  format: BACKUP_FORMAT,
  description: 'history backup',
  versionLabel: 'Backup',
  versions: BACKUP_VERSIONS,
};
export type BackupImport = { ok: true; records: InsightRecord[] } | { ok: false; problems: BackupProblem[] };

function refuse(problems: BackupProblem[]): BackupImport {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const hidden = problems.length - listed.length;
  if (hidden > 0) listed.push(problem('more', `…and ${hidden} more problems.`, [String(hidden)]));
  return { ok: false, problems: listed };
}

function envelopeProblems(file: Record<string, unknown>): BackupProblem[] {
  const found = headerProblems(file, BACKUP_SPEC).map((p) => problem(p.code, p.message, p.subs));
  if (!Object.hasOwn(file, 'records')) found.push(problem('noRecords', 'The file has no "records" list.'));
  else if (!Array.isArray(file.records)) found.push(problem('notList', '"records" must be a list.'));
  return found;
}

function recordProblems(
  list: readonly unknown[],
  now: number,
): { records: InsightRecord[]; problems: BackupProblem[] } {
  const numbered: { record: InsightRecord; n: string }[] = [];
  const problems: BackupProblem[] = [];
  const firstSeen = new Map<string, number>();
  list.forEach((value, i) => {
    const n = String(i + 1);
    const checked = checkRecord(value, n);
    if ('problem' in checked) {
      problems.push(checked.problem);
      return;
    }
    const earlier = firstSeen.get(checked.record.id);
    if (earlier !== undefined) {
      const id = quote(checked.record.id);
      problems.push(problem('duplicate', `Record ${n} repeats record ${earlier} (${id}).`, [n, String(earlier), id]));
      return;
    }
    firstSeen.set(checked.record.id, i + 1);
    numbered.push({ record: checked.record, n });
  });
  const sense = senseProblems(numbered, now);
  // In the order of the file: each record's problem where the record is, then those of whole days.
  const byRecord = [...problems, ...sense.filter((p) => p.code !== 'day_tooMany' && p.code !== 'day_breakTime')];
  byRecord.sort((a, b) => Number(a.subs[0]) - Number(b.subs[0]));
  const byDay = sense.filter((p) => p.code === 'day_tooMany' || p.code === 'day_breakTime');
  return { records: numbered.map((r) => r.record), problems: [...byRecord, ...byDay] };
}

function tooLarge(text: string): boolean {
  // Each UTF-16 unit is at least one UTF-8 byte: a long string is refused before it is encoded.
  if (text.length > MAX_BACKUP_BYTES) return true;
  return new TextEncoder().encode(text).length > MAX_BACKUP_BYTES;
}

/** `now` is this device's clock: nothing dated after tomorrow is accepted. */
export function parseBackup(text: unknown, now: number): BackupImport {
  if (typeof text !== 'string') return refuse([problem('notText', 'The file could not be read as text.')]);
  if (tooLarge(text)) {
    const mb = String(MAX_BACKUP_BYTES / 1_000_000);
    return refuse([problem('tooLarge', `The file is larger than ${mb} MB, the most a Limber backup may be.`, [mb])]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse([problem('notJson', 'The file is not valid JSON.')]);
  }
  if (!isPlainObject(data)) return refuse([problem('notObject', 'The file must contain one JSON object.')]);
  const problems = envelopeProblems(data);
  if (!Array.isArray(data.records)) return refuse(problems);
  const checked = recordProblems(data.records, now);
  problems.push(...checked.problems);
  return problems.length > 0 ? refuse(problems) : { ok: true, records: checked.records };
}
