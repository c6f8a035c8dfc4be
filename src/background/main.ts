/**
 * The background entry (service worker on Chrome, event page on Firefox). Every listener is
 * registered synchronously at the top level so a stopped worker is woken for each event; all
 * state is rebuilt from IndexedDB inside dispatch().
 */
import type { SchedulerEvent } from '../core/schedulerTypes.ts';
import { REQUEST_PORT } from '../messaging/protocol.ts';
import { onWakeAlarm } from '../platform/alarms.ts';
import { onCommand } from '../platform/commands.ts';
import { onFocusChange } from '../platform/focus.ts';
import { onIdleChange, queryIdle, setIdleThreshold } from '../platform/idle.ts';
import { onInstalled, onStartup } from '../platform/lifecycle.ts';
import { onManagedChange } from '../platform/managedPrefs.ts';
import { onMessage, onRequestPort } from '../platform/messages.ts';
import {
  clearNotification,
  onNotificationButton,
  onNotificationClick,
  REMINDER_ID,
  TEST_REMINDER_ID,
} from '../platform/notifications.ts';
import { requestPersistence } from '../platform/persistence.ts';
import { listenForReminderWindows } from '../platform/reminderWindows.ts';
import { onSyncedChange } from '../platform/syncPrefs.ts';
import { loadPrefs } from '../storage/stores/prefs.ts';
import { now } from './clock.ts';
import { checkClock } from './clockWatch.ts';
import { runCommand } from './commands.ts';
import { database } from './database.ts';
import { NOTIFICATION_SNOOZE_MIN } from './effects.ts';
import { dispatch } from './engine.ts';
import { handlers } from './handlers.ts';
import { maintainDaily } from './maintenance.ts';
import { reconcileSync } from './prefsMirror.ts';
import { enforcePolicy } from './prefsPolicy.ts';
import { route } from './router.ts';
import { installTestHooks, type StartEvent } from './testHooks.ts';
import { welcomeOnInstall } from './welcome.ts';

const report = (where: string) => (error: unknown) => console.warn(`Limber: ${where} failed`, error);

/** Browser start, install or update: re-apply the idle threshold and recompute everything (rule 10). */
async function recover(): Promise<void> {
  await enforcePolicy().catch(report('managed policy'));
  const { prefs } = await loadPrefs(await database(), now());
  setIdleThreshold(prefs.idleThresholdSec);
  await requestPersistence();
  const idle = await queryIdle(prefs.idleThresholdSec);
  await dispatch({ type: 'wake', idle, restarted: true });
  await reconcileSync().catch(report('preferences sync'));
  await maintainDaily().catch(report('history maintenance'));
}

// Browser events discard the resulting status, so they skip reading today's figures for it.
const send = (event: SchedulerEvent) => () => void dispatch(event, { figures: false }).catch(report(event.type));

/** The last start-up recovery, so the e2e tests can wait for it before they drive the clock. */
let recovery: Promise<void> = Promise.resolve();
/** The start-up event this background ran, with its handlers, so the e2e tests can wait for them. */
let started: StartEvent | null = null;
onInstalled((reason) => {
  recovery = recover().catch(report('install recovery'));
  const welcoming = welcomeOnInstall(reason).catch(report('welcome page'));
  started = { event: reason, handled: Promise.all([recovery, welcoming]).then(() => undefined) };
});
onStartup(() => {
  recovery = recover().catch(report('startup recovery'));
  started = { event: 'startup', handled: recovery };
});
onWakeAlarm(send({ type: 'alarm' }));
// Policy changes (Chrome only; Firefox reads the policy at start-up), synced prefs, maintenance.
onManagedChange(() => void enforcePolicy().catch(report('managed policy')));
onSyncedChange((item) => void reconcileSync(item).catch(report('preferences sync')));
onWakeAlarm(() => void maintainDaily().catch(report('history maintenance')));
onIdleChange((idle) => send({ type: 'idleState', idle })());
// After the wall clock is set back, Chromium's alarm waits for it: a focus change brings the next wake.
onFocusChange(() => void checkClock().catch(report('clock check')));
onNotificationButton((id, index) => {
  if (id === TEST_REMINDER_ID) void clearNotification(id).catch(report('test reminder'));
  if (id !== REMINDER_ID) return;
  if (index === 0) void handlers.startBreak({}).catch(report('start break'));
  // The second button is Snooze, or Skip once the snoozes in a row are used up (reminderButtons).
  else
    void dispatch({ type: 'wake' })
      .then(({ status }) =>
        status.snoozesLeft > 0 ? handlers.snooze({ minutes: NOTIFICATION_SNOOZE_MIN }) : handlers.skip({}),
      )
      .catch(report('snooze'));
});
onNotificationClick((id) => {
  if (id === TEST_REMINDER_ID) void clearNotification(id).catch(report('test reminder'));
  if (id === REMINDER_ID) void handlers.startBreak({}).catch(report('start break'));
});
onCommand((name) => void runCommand(name).catch(report(`command ${name}`)));
onMessage(route);
onRequestPort(REQUEST_PORT, route);
listenForReminderWindows();

installTestHooks(
  globalThis,
  () => recovery,
  () => started,
);
