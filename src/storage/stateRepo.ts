/**
 * The scheduler state in the database, written on every transition. A damaged record is removed
 * and reported, and the caller starts a fresh state (see validateState.ts for why it is not
 * patched field by field).
 */
import type { SchedulerState } from '../core/schedulerTypes.ts';
import { appendNotice } from './notices.ts';
import type { LimberDb } from './schema.ts';
import { validateSchedulerState } from './validateState.ts';

const KEY = 'scheduler';

export async function loadState(
  db: LimberDb,
  now: number,
): Promise<{ state: SchedulerState | null; repaired: string[] }> {
  const raw: unknown = await db.get('state', KEY);
  if (raw === undefined) return { state: null, repaired: [] };
  const first = validateSchedulerState(raw);
  if (first.ok) return { state: first.state, repaired: [] };
  const tx = db.transaction(['state', 'meta'], 'readwrite');
  const repair = async (): Promise<{ state: SchedulerState | null; repaired: string[] }> => {
    // Re-read inside the write: a good state saved since the first read wins over our reset.
    const current: unknown = await tx.objectStore('state').get(KEY);
    if (current === undefined) return { state: null, repaired: [] };
    const again = validateSchedulerState(current);
    if (again.ok) return { state: again.state, repaired: [] };
    await tx.objectStore('state').delete(KEY);
    const message = `The saved break timer was damaged and was reset (${again.problems.join('; ')})`;
    await appendNotice(tx.objectStore('meta'), message, now);
    return { state: null, repaired: again.problems };
  };
  try {
    const [result] = await Promise.all([repair(), tx.done]);
    return result;
  } catch (error) {
    // As in loadPrefs: a repair that cannot be written must not stop the scheduler; the damaged
    // record is ignored (a fresh state) and the removal is tried again next time.
    console.warn('Limber: damaged scheduler state could not be removed', error);
    return { state: null, repaired: first.problems };
  }
}

/** Stores the state; refuses (throws, nothing written) a state the next load would reject. */
export async function saveState(db: LimberDb, state: SchedulerState): Promise<void> {
  const checked = validateSchedulerState(state);
  if (!checked.ok) throw new Error(`Scheduler state not saved: ${checked.problems.join('; ')}`);
  await db.put('state', checked.state, KEY);
}
