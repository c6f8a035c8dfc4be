/** The break page's choice of the next routine, which the worker names in its next reminder. */
import { readNextRoutine as read, saveNextRoutine as save } from '../stores/meta.ts';
import { pageDatabase } from './database.ts';

export async function readNextRoutine(): Promise<string[]> {
  return read(await pageDatabase());
}

export async function saveNextRoutine(ids: readonly string[]): Promise<void> {
  await save(await pageDatabase(), ids);
}
