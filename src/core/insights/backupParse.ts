/**
 * Reads a history backup with every check an untrusted file needs, in the manner of the preferences
 * import (src/core/prefsFile.ts): size before parsing, JSON syntax, the envelope, then every record
 * through the same validators the database uses on read. Every problem is listed (the first 20);
 * nothing is partly accepted. Pure and total: never throws.
 */

import { headerProblems, quote } from '../fileHeader.ts';
import { isPlainObject } from '../guards.ts';
import { validateHistoryRecord } from '../validateHistory.ts';
import { BACKUP_FORMAT, BACKUP_VERSIONS, MAX_BACKUP_BYTES } from './backupFormat.ts';
import { type InsightRecord, validateStretchRecord } from './stretchRecord.ts';

export const MAX_LISTED_PROBLEMS = 20;
const BACKUP_SPEC = {
  topKeys: ['format', 'version', 'exportedAt', 'records'],
  format: BACKUP_FORMAT,
  description: 'history backup',
  versionLabel: 'Backup',
  versions: BACKUP_VERSIONS,
};
const RECORD_KEYS: Record<string, readonly string[]> = {
  active: ['id', 'day', 'kind', 'ms'],
  longestStretch: ['id', 'day', 'kind', 'ms'],
  event: ['id', 'day', 'kind', 'at', 'durationMs'],
};

export type BackupProblemCode =
  | 'notText'
  | 'tooLarge'
  | 'notJson'
  | 'notObject'
  | 'unknownKey'
  | 'format'
  | 'version'
  | 'exportedAt'
  | 'noRecords'
  | 'notList'
  | 'record'
  | 'duplicate'
  | 'more';

/** English `message` for logs and tests; `code` + `subs` for the page's translated text. */
export interface BackupProblem {
  code: BackupProblemCode;
  subs: string[];
  message: string;
}

export type BackupImport = { ok: true; records: InsightRecord[] } | { ok: false; problems: BackupProblem[] };

const problem = (code: BackupProblemCode, message: string, subs: string[] = []): BackupProblem => ({
  code,
  subs,
  message,
});

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

/** The record, or why not. Known kinds go through the database's own validators. */
function checkRecord(v: unknown): { record: InsightRecord } | { reason: string } {
  if (!isPlainObject(v)) return { reason: 'not an object' };
  const check = v.kind === 'longestStretch' ? validateStretchRecord(v) : validateHistoryRecord(v);
  if (!check.ok) return { reason: check.reason };
  const allowed = RECORD_KEYS[v.kind === 'active' || v.kind === 'longestStretch' ? v.kind : 'event'] ?? [];
  const extra = Object.keys(v).find((key) => !allowed.includes(key));
  if (extra !== undefined) return { reason: `unexpected field ${quote(extra)}` };
  return { record: check.record };
}

function recordProblems(list: readonly unknown[]): { records: InsightRecord[]; problems: BackupProblem[] } {
  const records: InsightRecord[] = [];
  const problems: BackupProblem[] = [];
  const firstSeen = new Map<string, number>();
  list.forEach((value, i) => {
    const n = String(i + 1);
    const checked = checkRecord(value);
    if ('reason' in checked) {
      problems.push(problem('record', `Record ${n}: ${checked.reason}.`, [n, checked.reason]));
      return;
    }
    const earlier = firstSeen.get(checked.record.id);
    if (earlier !== undefined) {
      const id = quote(checked.record.id);
      problems.push(problem('duplicate', `Record ${n} repeats record ${earlier} (${id}).`, [n, String(earlier), id]));
      return;
    }
    firstSeen.set(checked.record.id, i + 1);
    records.push(checked.record);
  });
  return { records, problems };
}

function tooLarge(text: string): boolean {
  // Each UTF-16 unit is at least one UTF-8 byte: a long string is refused before it is encoded.
  if (text.length > MAX_BACKUP_BYTES) return true;
  return new TextEncoder().encode(text).length > MAX_BACKUP_BYTES;
}

export function parseBackup(text: unknown): BackupImport {
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
  const checked = recordProblems(data.records);
  problems.push(...checked.problems);
  return problems.length > 0 ? refuse(problems) : { ok: true, records: checked.records };
}
