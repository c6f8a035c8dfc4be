/**
 * What every scheduler step starts from: the preferences and the scheduler state, read in ONE
 * transaction (a worker woken cold answers sooner), each then checked and repaired as its store
 * does (stores/prefs.ts, stores/state.ts).
 */

import type { SchedulerState } from '../../core/schedulerTypes.ts';
import type { Prefs } from '../../core/settings.ts';
import type { LimberDb } from '../schema.ts';
import { getPrefsRecord, prefsFromRecord } from '../stores/prefs.ts';
import { getStateRecord, stateFromRecord } from '../stores/state.ts';

export async function loadSchedule(db: LimberDb, now: number): Promise<{ prefs: Prefs; state: SchedulerState | null }> {
  const tx = db.transaction(['prefs', 'state']);
  const [rawPrefs, rawState] = await Promise.all([
    getPrefsRecord(tx.objectStore('prefs')),
    getStateRecord(tx.objectStore('state')),
    tx.done,
  ]);
  // Prefs first: their repair notice comes before the state's, as when they were read one by one.
  const { prefs } = await prefsFromRecord(db, rawPrefs, now);
  return { prefs, state: await stateFromRecord(db, rawState, now) };
}
