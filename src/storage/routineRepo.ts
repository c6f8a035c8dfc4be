/**
 * The next break's routine (stretch ids), chosen by the break page when a break ends so the next
 * reminder can name the stretch it will start with without the worker carrying the stretch library.
 * Stored as one line of text in `meta`; anything malformed reads as "no routine chosen yet".
 */
import { readText, writeMeta } from './metaValues.ts';
import type { LimberDb } from './schema.ts';

const ID = /^[A-Za-z0-9]{1,40}$/;
const MAX_STRETCHES = 20;

export function parseRoutine(text: string | null): string[] {
  if (!text) return [];
  const ids = text.split(',');
  return ids.length <= MAX_STRETCHES && ids.every((id) => ID.test(id)) ? ids : [];
}

export async function readNextRoutine(db: LimberDb): Promise<string[]> {
  return parseRoutine(await readText(db, 'nextRoutine'));
}

export async function saveNextRoutine(db: LimberDb, ids: readonly string[]): Promise<void> {
  const valid = ids.filter((id) => ID.test(id)).slice(0, MAX_STRETCHES);
  await writeMeta(db, 'nextRoutine', valid.join(','));
}
