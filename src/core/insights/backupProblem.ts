/**
 * One problem found in a history backup: `code` + `subs` for the page's translated text
 * (`ins_err_<code>` in locales/<lang>/insights.json and honest.json), `message` in English for logs
 * and tests. Every problem names where it is (the record's number, its kind and day) and says what is
 * wrong in words a person can act on.
 */

/** Every code, for the check that each has its text in every language (tests/unit/insights). */
export const BACKUP_PROBLEM_CODES = [
  'notText',
  'tooLarge',
  'notJson',
  'notObject',
  'unknownKey',
  'format',
  'version',
  'exportedAt',
  'noRecords',
  'notList',
  'duplicate',
  'more',
  // One record's shape (backupRecord.ts).
  'rec_notObject',
  'rec_missing',
  'rec_badDay',
  'rec_badKind',
  'rec_badNumber',
  'rec_badTime',
  'rec_badLength',
  'rec_idMismatch',
  'rec_extraField',
  // One record's sense (backupSense.ts).
  'rec_beforeLimber',
  'rec_afterTomorrow',
  'rec_dayMismatch',
  'rec_dayTooLong',
  'rec_breakTooLong',
  'rec_naturalTooShort',
  'rec_noLength',
  'rec_endsLater',
  // One day's sense.
  'day_tooMany',
  'day_breakTime',
] as const;

export type BackupProblemCode = (typeof BACKUP_PROBLEM_CODES)[number];

export interface BackupProblem {
  code: BackupProblemCode;
  subs: string[];
  message: string;
}

export const problem = (code: BackupProblemCode, message: string, subs: string[] = []): BackupProblem => ({
  code,
  subs,
  message,
});
