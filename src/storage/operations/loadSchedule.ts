/**
 * What every scheduler step starts from: the preferences and the scheduler state, read in ONE
 * transaction (a worker woken cold answers sooner), each then checked and repaired as its store
 * does (stores/prefs.ts, stores/state.ts). Optionally the stored figures of one day, read in the same
 * transaction, for a caller that answers before its step is written (background/engine.ts).
 */

import { type DayFigures, emptyDay } from '../../core/insights/dailyFigures.ts';
import type { SchedulerState } from '../../core/schedulerTypes.ts';
import type { Prefs } from '../../core/settings.ts';
import type { LimberDb } from '../schema.ts';
import { validateDayFigures } from '../stores/days.ts';
import { getPrefsRecord, prefsFromRecord } from '../stores/prefs.ts';
import { getStateRecord, stateFromRecord } from '../stores/state.ts';

export interface Schedule {
  prefs: Prefs;
  state: SchedulerState | null;
  /**
   * The stored figures of the day asked for (a day with nothing stored: all zero); null when that
   * record is damaged (the next step's write rebuilds it) or no day was asked for.
   */
  figures: DayFigures | null;
}

export async function loadSchedule(db: LimberDb, now: number, figuresOf: string | null = null): Promise<Schedule> {
  const tx = db.transaction(['prefs', 'state', 'days']);
  const [rawPrefs, rawState, rawDay] = await Promise.all([
    getPrefsRecord(tx.objectStore('prefs')),
    getStateRecord(tx.objectStore('state')),
    figuresOf === null ? undefined : tx.objectStore('days').get(figuresOf),
    tx.done,
  ]);
  // Prefs first: their repair notice comes before the state's, as when they were read one by one.
  const { prefs } = await prefsFromRecord(db, rawPrefs, now);
  const state = await stateFromRecord(db, rawState, now);
  return { prefs, state, figures: figuresOf === null ? null : dayFiguresOf(figuresOf, rawDay) };
}

function dayFiguresOf(day: string, raw: unknown): DayFigures | null {
  // Blank days are not stored.
  if (raw === undefined) return emptyDay(day);
  const check = validateDayFigures(raw);
  return check.ok && check.record.day === day ? check.record : null;
}
