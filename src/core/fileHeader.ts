/**
 * The parts every Limber JSON file shares (the preferences export and the history backup): the
 * top-level entries, the `format` tag, the `version` and `exportedAt`. Checked the same way for
 * both, with messages that never echo an untrusted value unquoted.
 */

export type HeaderProblemCode = 'unknownKey' | 'format' | 'version' | 'exportedAt';

export interface HeaderProblem {
  code: HeaderProblemCode;
  message: string;
  subs: string[];
}

export interface FileSpec {
  /** Every entry the file may have at the top level. */
  topKeys: readonly string[];
  format: string;
  /** How the messages name the file: "preferences file", "history backup". */
  description: string;
  /** The word before "version" in the message: "File", "Backup". */
  versionLabel: string;
  versions: readonly number[];
}

/** A short, printable rendering of an untrusted value for a message (keys can be 100 kB long). */
export function quote(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value.length > 60 ? value.slice(0, 60) : value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) text = String(value);
  else text = Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;
  // Strip control, bidi/format and lone-surrogate characters so a message cannot be made to look like something else.
  const clean = text.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/gu, '?');
  return clean.length > 64 ? `${clean.slice(0, 61)}…` : clean;
}

export function headerProblems(file: Record<string, unknown>, spec: FileSpec): HeaderProblem[] {
  const found: HeaderProblem[] = [];
  const add = (code: HeaderProblemCode, message: string, subs: string[]) => found.push({ code, message, subs });
  for (const key of Object.keys(file)) {
    if (!spec.topKeys.includes(key)) add('unknownKey', `Unexpected entry ${quote(key)} in the file.`, [quote(key)]);
  }
  if (file.format !== spec.format) {
    const got = Object.hasOwn(file, 'format') ? quote(file.format) : 'nothing';
    add('format', `This is not a Limber ${spec.description} (format is ${got}, expected "${spec.format}").`, [got]);
  }
  if (!(spec.versions as readonly unknown[]).includes(file.version)) {
    const got = Object.hasOwn(file, 'version') ? quote(file.version) : 'missing';
    const supported = spec.versions.join(', ');
    const message = `${spec.versionLabel} version ${got} is not supported; this Limber reads version ${supported}.`;
    add('version', message, [got, supported]);
  }
  if (Object.hasOwn(file, 'exportedAt')) {
    const at = file.exportedAt;
    if (typeof at !== 'string' || at.length > 40 || Number.isNaN(Date.parse(at))) {
      add('exportedAt', `"exportedAt" must be a date, found ${quote(at)}.`, [quote(at)]);
    }
  }
  return found;
}
