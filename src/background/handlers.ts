/** One handler per request in the message map. Scheduler commands go through the engine. */

import { lockRefusal } from '../core/managedPolicy.ts';
import type { Refusal } from '../core/offers.ts';
import type { SchedulerEvent, StepResult } from '../core/schedulerTypes.ts';
import { applyPatch, type Prefs } from '../core/settings.ts';
import type { Status } from '../core/status.ts';
import { pauseUntilTomorrow } from '../core/workingHours.ts';
import type { FinishedBreak, Payload, PrefsView, RequestType, Response } from '../messaging/protocol.ts';
import { t } from '../platform/i18n.ts';
import { setIdleThreshold } from '../platform/idle.ts';
import { removeSynced } from '../platform/syncPrefs.ts';
import { deleteAllData } from '../storage/operations/deleteAll.ts';
import { clearNotices, readNotices } from '../storage/stores/meta.ts';
import { loadPrefs, savePrefs } from '../storage/stores/prefs.ts';
import { loadState } from '../storage/stores/state.ts';
import { now } from './clock.ts';
import { database } from './database.ts';
import { dispatch, serially } from './engine.ts';
import { afterLocalSave } from './prefsMirror.ts';
import { currentPolicy, lockedFields, policyStartingPrefs } from './prefsPolicy.ts';
import { sendTestReminder } from './testReminder.ts';

/** A refusal in the person's language (the English text if a translation were missing). */
export function refusalText(refused: Refusal): string {
  const key = `refusal_${refused.code}`;
  const text = t(key, refused.subs);
  return text === key ? refused.message : text;
}

/** Runs a scheduler command; a refused command becomes an error reply with the reason. */
async function run(event: SchedulerEvent): Promise<{ result: StepResult; status: Status }> {
  const { result, status } = await dispatch(event);
  if (result.rejected) throw new Error(refusalText(result.rejected));
  return { result, status };
}

const command = async (event: SchedulerEvent): Promise<Status> => (await run(event)).status;

/** What a finished break was logged as, read from the step's own history record. */
async function finishBreak(event: Extract<SchedulerEvent, { type: 'finishBreak' }>): Promise<FinishedBreak> {
  const { result, status } = await run(event);
  for (const effect of result.effects) {
    if (effect.type !== 'record') continue;
    const { entry } = effect;
    if (entry.kind === 'taken' || entry.kind === 'short') {
      return { status, logged: entry.kind, durationMs: entry.durationMs ?? 0 };
    }
  }
  throw new Error('The break ended without a record.');
}

async function prefsView(): Promise<PrefsView> {
  const { prefs, repaired } = await loadPrefs(await database(), now());
  return { prefs, locked: await lockedFields(), repaired };
}

/** Saves validated prefs and applies them to the running schedule at once. */
async function storePrefs(next: Prefs, previous: Prefs): Promise<PrefsView> {
  await serially(async () => savePrefs(await database(), next));
  // Mirror to storage.sync; the local save above already stands, whatever sync says.
  await afterLocalSave(previous, next).catch((error: unknown) =>
    console.warn('Limber: preferences sync failed', error),
  );
  if (next.idleThresholdSec !== previous.idleThresholdSec) setIdleThreshold(next.idleThresholdSec);
  await dispatch({ type: 'settingsChanged' });
  return prefsView();
}

type Handlers = { [K in RequestType]: (payload: Payload<K>) => Promise<Response<K>> };

export const handlers: Handlers = {
  getStatus: async () => (await dispatch({ type: 'wake' }, { answerFirst: true })).status,
  snooze: ({ minutes }) => command({ type: 'snooze', minutes }),
  skip: () => command({ type: 'skip' }),
  startBreak: ({ onPage }) => command(onPage ? { type: 'startBreak', onPage } : { type: 'startBreak' }),
  finishBreak: ({ completed, breakId }) => finishBreak({ type: 'finishBreak', completed, breakId }),
  pause: async (request) => {
    const at = now();
    const until =
      'untilTomorrow' in request ? pauseUntilTomorrow(at, (await prefsView()).prefs) : at + request.minutes * 60_000;
    return command({ type: 'pause', until });
  },
  resume: () => command({ type: 'resume' }),
  getPrefs: () => prefsView(),
  setPrefs: async ({ patch }) => {
    const { prefs } = await prefsView();
    // Fields an administrator locked cannot be changed (sending them unchanged is fine).
    const refusal = lockRefusal(patch, await currentPolicy());
    if (refusal) throw new Error(refusal);
    const checked = applyPatch(prefs, patch);
    if (!checked.ok) return { saved: false, errors: checked.errors };
    return { saved: true, view: await storePrefs(checked.value, prefs) };
  },
  resetPrefs: async () => storePrefs(await policyStartingPrefs(), (await prefsView()).prefs),
  // Read (and so repair) prefs and state first, in the queue, so a repair this very read makes is listed.
  getNotices: () =>
    serially(async () => {
      const db = await database();
      await loadPrefs(db, now());
      await loadState(db, now());
      return readNotices(db);
    }),
  dismissNotices: async () => {
    await clearNotices(await database());
    return [];
  },
  // Everything Limber keeps: the database, and the preferences' copy in sync storage (otherwise the
  // next start-up would bring the old preferences back from it). Then a fresh schedule from defaults.
  deleteAllData: async () => {
    await serially(async () => deleteAllData(await database()));
    await removeSynced().catch((error: unknown) => console.warn('Limber: synced preferences not removed', error));
    const fresh = await policyStartingPrefs();
    return storePrefs(fresh, fresh);
  },
  testReminder: () => sendTestReminder(),
};
