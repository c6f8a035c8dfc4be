/**
 * The routine chosen for the next break, kept in IndexedDB so the background can name its first
 * stretch in the reminder. Failures only cost variety and that name, never the break: every call
 * here falls back quietly.
 */
import type { Stretch } from '../../core/content/types.ts';
import { pickRoutine } from '../../core/routine.ts';
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

/**
 * The routine the next break will play: the one already announced, or one picked now (rotated from
 * the last) and stored, so the break page starts with the very stretch the reminder showed.
 */
export async function comingRoutine(
  stretches: readonly Stretch[],
  breakSec: number,
  lastRoutine: readonly string[],
  now: number,
): Promise<Stretch[]> {
  const announced = await storedRoutine(stretches, breakSec);
  if (announced.length > 0) return announced;
  const picked = pickRoutine(stretches, breakSec, lastRoutine, now);
  await rememberNextRoutine(picked);
  return picked;
}
