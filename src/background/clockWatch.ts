/**
 * Resumes counting after the wall clock is set back. Chromium keeps an `alarms` alarm at its
 * wall-clock time (extensions/browser/api/alarms/alarm_manager.cc polls against base::Time), so after
 * the clock goes back an hour, the pending heartbeat fires an hour late and nothing counts meanwhile.
 * Firefox times alarms by their delay and is not affected, and a periodic alarm would not help on
 * Chromium: it is kept at a wall-clock time too. So the worker also listens for tabs and windows
 * gaining focus (no permission needed; see docs/ARCHITECTURE.md for the choice). Each one costs a read
 * of the scheduler state, and only when the clock is behind its last step does it run a step, which
 * absorbs the jump and sets the alarm again from the new clock.
 */
import { clockWentBack } from '../core/clockCheck.ts';
import { loadState } from '../storage/stores/state.ts';
import { now } from './clock.ts';
import { database } from './database.ts';
import { dispatch, serially } from './engine.ts';

export async function checkClock(): Promise<void> {
  const at = now();
  const state = await serially(async () => loadState(await database(), at));
  if (state && clockWentBack(state.lastTick, at)) await dispatch({ type: 'wake' }, { figures: false });
}
