/**
 * The routine chosen for the next break, kept in IndexedDB so the background can name its first
 * stretch in the reminder. Failures only cost variety and that name, never the break: every call
 * here falls back quietly.
 */
import type { Stretch } from '../../core/content/types.ts';
import { readNextRoutine, saveNextRoutine } from '../../storage/pages/nextRoutine.ts';

/** The stored routine, if it still names known stretches and fits the break; else []. */
export async function storedRoutine(stretches: readonly Stretch[], breakSec: number): Promise<Stretch[]> {
  try {
    const ids = await readNextRoutine();
    const routine = ids.map((id) => stretches.find((s) => s.id === id));
    const known = routine.filter((s): s is Stretch => s !== undefined);
    const seconds = known.reduce((sum, s) => sum + s.durationSec, 0);
    return known.length > 0 && known.length === routine.length && seconds <= breakSec ? known : [];
  } catch {
    return [];
  }
}

export async function rememberNextRoutine(routine: readonly Stretch[]): Promise<void> {
  try {
    await saveNextRoutine(routine.map((s) => s.id));
  } catch {
    // No IndexedDB here (or it failed): the next break picks its routine when it starts.
  }
}
