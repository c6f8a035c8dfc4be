/**
 * Preferences file: export to JSON and import with every check an untrusted file needs. Pure and
 * total: parsePrefsImport never throws and never mutates anything, whatever the text holds, so the
 * options page can apply its result all at once or not at all.
 */
import { headerProblems, quote } from './fileHeader.ts';
import { isPlainObject } from './guards.ts';
import { DEFAULTS, type ErrorCode, type FieldError, type Prefs, validatePrefs } from './settings.ts';

export const PREFS_FILE_FORMAT = 'limber-prefs';
export const PREFS_FILE_VERSIONS = [1] as const;
/** 100 kB (SI, 100 000 bytes of UTF-8): a real file is about 1 kB, so anything bigger is not ours. */
export const MAX_IMPORT_BYTES = 100_000;
/** Enough to act on; a hostile file with thousands of bad keys gets a summary line instead. */
export const MAX_LISTED_PROBLEMS = 20;

/**
 * Preferences added after version 1 files were first written. A file without one is not broken, it
 * is older: it takes the built-in default. Any other missing field is still refused.
 */
const ADDED_SINCE_V1: Partial<Prefs> = { escalateReminder: DEFAULTS.escalateReminder };

const PREFS_FILE_SPEC = {
  topKeys: ['format', 'version', 'exportedAt', 'prefs'],
  format: PREFS_FILE_FORMAT,
  description: 'preferences file',
  versionLabel: 'File',
  versions: PREFS_FILE_VERSIONS,
};

/** Problems with the file as a whole; `field` problems reuse the preference rules' codes. */
export type FileProblemCode =
  | 'notText'
  | 'tooLarge'
  | 'notJson'
  | 'notObject'
  | 'unknownKey'
  | 'format'
  | 'version'
  | 'exportedAt'
  | 'noPrefs'
  | 'more';

/** One reason a file was refused: English `message` plus a code and substitutions for _locales. */
export type ImportProblem =
  | { kind: 'file'; code: FileProblemCode; subs: string[]; message: string }
  | { kind: 'field'; field: string; code: ErrorCode; subs: string[]; message: string };

export type PrefsImport = { ok: true; prefs: Prefs } | { ok: false; errors: string[]; problems: ImportProblem[] };

export function exportPrefs(prefs: Prefs, now: number): string {
  const file = { format: PREFS_FILE_FORMAT, version: 1, exportedAt: new Date(now).toISOString(), prefs };
  return `${JSON.stringify(file, null, 2)}\n`;
}

// Re-exported: callers and tests quote untrusted values the same way in every message.
export { quote };

const fileProblem = (code: FileProblemCode, message: string, subs: string[] = []): ImportProblem => ({
  kind: 'file',
  code,
  subs,
  message,
});

function refuse(problems: ImportProblem[]): PrefsImport {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const hidden = problems.length - listed.length;
  if (hidden > 0) listed.push(fileProblem('more', `…and ${hidden} more problems.`, [String(hidden)]));
  return { ok: false, errors: listed.map((p) => p.message), problems: listed };
}

/** UTF-8 length without building a 100 MB buffer: each UTF-16 unit is at least one byte. */
function tooLarge(text: string): boolean {
  if (text.length > MAX_IMPORT_BYTES) return true;
  return new TextEncoder().encode(text).length > MAX_IMPORT_BYTES;
}

function envelopeProblems(file: Record<string, unknown>): ImportProblem[] {
  const problems = headerProblems(file, PREFS_FILE_SPEC).map((p) => fileProblem(p.code, p.message, p.subs));
  if (!Object.hasOwn(file, 'prefs')) problems.push(fileProblem('noPrefs', 'The file has no "prefs" section.'));
  return problems;
}

function fieldProblem(e: FieldError): ImportProblem {
  // Known keys stay raw so the page can show their label; anything else is untrusted text.
  const field = e.field === '(root)' ? 'prefs' : Object.hasOwn(DEFAULTS, e.field) ? e.field : quote(e.field);
  return { kind: 'field', field, code: e.code, subs: e.subs, message: `${field}: ${e.message}` };
}

/**
 * Checks, in order: size (before parsing), JSON syntax, the envelope (format tag, version), then every
 * preference through validatePrefs. Every problem found is listed; nothing is partly accepted.
 */
export function parsePrefsImport(text: string): PrefsImport {
  if (typeof text !== 'string') return refuse([fileProblem('notText', 'The file could not be read as text.')]);
  if (tooLarge(text)) {
    const kb = String(MAX_IMPORT_BYTES / 1000);
    return refuse([
      fileProblem('tooLarge', `The file is larger than ${kb} kB; a Limber preferences file is ~1 kB.`, [kb]),
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Engines word syntax errors differently (and may echo input); one plain reason is enough.
    return refuse([fileProblem('notJson', 'The file is not valid JSON.')]);
  }
  if (!isPlainObject(data)) return refuse([fileProblem('notObject', 'The file must contain one JSON object.')]);
  const problems = envelopeProblems(data);
  if (Object.hasOwn(data, 'prefs')) {
    const checked = validatePrefs(isPlainObject(data.prefs) ? { ...ADDED_SINCE_V1, ...data.prefs } : data.prefs);
    if (checked.ok && problems.length === 0) return { ok: true, prefs: checked.value };
    if (!checked.ok) {
      for (const e of checked.errors) problems.push(fieldProblem(e));
    }
  }
  return refuse(problems);
}
