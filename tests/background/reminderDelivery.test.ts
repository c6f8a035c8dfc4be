/**
 * How reminders reach the person, against the fake browser: an ignored notification comes back once
 * as the window; blocked notifications mean the window from the start; "Send a test reminder" shows
 * the same reminder and changes nothing; the welcome page opens on the first install only.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser, resetFakes } from './fakeBrowser.ts';

vi.mock('../../src/platform/browser.ts', async () => ({ default: (await import('./fakeBrowser.ts')).fakeBrowser }));

const OWN_PAGE = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('src/ui/welcome/welcome.html') };
const REMINDER_URL = fakeBrowser.runtime.getURL('src/ui/reminder/reminder.html');
const WELCOME_URL = fakeBrowser.runtime.getURL('src/ui/welcome/welcome.html');

async function startWorker() {
  await import('../../src/background/main.ts');
  const { route } = await import('../../src/background/router.ts');
  const { dispatch } = await import('../../src/background/engine.ts');
  return { route, dispatch };
}

/** `fakeBrowser` has no getPermissionLevel; give it one, as Chrome has, answering `level`. */
function permissionLevel(level: 'granted' | 'denied'): void {
  Object.assign(fakeBrowser.notifications, { getPermissionLevel: async () => level });
}

type Dispatch = Awaited<ReturnType<typeof startWorker>>['dispatch'];
/** Minutes of mocked time already worked in this test: each workFor carries on from there. */
let worked = 0;
let origin = Date.now();

/** Runs the worker through `minutes` more of active work, one alarm a minute, like the heartbeat. */
async function workFor(dispatch: Dispatch, minutes: number) {
  const at = (minute: number) => vi.spyOn(Date, 'now').mockImplementation(() => origin + minute * 60_000);
  at(worked);
  await dispatch({ type: 'wake', idle: 'active' });
  for (let i = 1; i <= minutes; i++) {
    at(worked + i);
    await dispatch({ type: 'alarm' });
  }
  worked += minutes;
  vi.restoreAllMocks();
}

/** Notifications blocked, the reminder due after 5 minutes of work, and its window open. */
async function dueInTheWindow() {
  permissionLevel('denied');
  const worker = await startWorker();
  await worker.route(
    { limber: 1, type: 'setPrefs', payload: { patch: { workIntervalMin: 5, escalateReminder: false } } },
    OWN_PAGE,
  );
  await workFor(worker.dispatch, 6);
  await fakeBrowser.tabs.create({ url: REMINDER_URL });
  return worker;
}

const opened = (create: { mock: { calls: unknown[][] } }) =>
  create.mock.calls.map(([details]) => String((details as { url?: string }).url));

beforeEach(() => {
  vi.restoreAllMocks();
  worked = 0;
  origin = Date.now();
  resetFakes();
  delete (fakeBrowser.notifications as { getPermissionLevel?: unknown }).getPermissionLevel;
});

describe('escalation', () => {
  test('a notification left unanswered while working comes back once as the window, replacing it', async () => {
    permissionLevel('granted');
    const { dispatch, route } = await startWorker();
    await route({ limber: 1, type: 'setPrefs', payload: { patch: { workIntervalMin: 5 } } }, OWN_PAGE);
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await workFor(dispatch, 7);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['limber-reminder']);
    expect(opened(create)).toEqual([]);
    const create2 = vi.spyOn(fakeBrowser.windows, 'create');
    // Escalation after 3 more minutes of work; then 5 more to show it does not come again.
    await workFor(dispatch, 10);
    expect(opened(create2)).toEqual([`${REMINDER_URL}?again`]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  test('turned off, the notification stays and no window opens', async () => {
    const { dispatch, route } = await startWorker();
    await route(
      { limber: 1, type: 'setPrefs', payload: { patch: { workIntervalMin: 5, escalateReminder: false } } },
      OWN_PAGE,
    );
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await workFor(dispatch, 12);
    expect(opened(create)).toEqual([]);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['limber-reminder']);
  });
});

/**
 * Works four minutes, then stops the worker in the fifth minute's step, the one that makes the
 * reminder due, while its notification is being created: the call never settles, and with `appears`
 * the notification is on screen by then. Answers a new worker instance (the modules, and so everything
 * in memory, anew; the database as stored), with the mocked clock left at minute 5.
 */
async function stopWhileNotifying(appears: boolean) {
  permissionLevel('granted');
  const first = await startWorker();
  await first.route(
    { limber: 1, type: 'setPrefs', payload: { patch: { workIntervalMin: 5, escalateReminder: false } } },
    OWN_PAGE,
  );
  await workFor(first.dispatch, 4);
  const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications) as (...a: unknown[]) => unknown;
  const stalled = vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((...args: unknown[]) => {
    if (appears) void create(...args);
    return new Promise(() => undefined);
  });
  vi.spyOn(Date, 'now').mockImplementation(() => origin + 5 * 60_000);
  void first.dispatch({ type: 'alarm' });
  await vi.waitFor(() => expect(stalled).toHaveBeenCalled());
  stalled.mockRestore();
  worked = 5;
  vi.resetModules();
  return startWorker();
}

describe('a worker stopped while it shows a reminder', () => {
  test('the next worker shows it: a stop between the step and the notification loses nothing', async () => {
    const second = await stopWhileNotifying(false);
    await workFor(second.dispatch, 1);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['limber-reminder']);
    const status = await second.route({ limber: 1, type: 'getStatus', payload: {} }, OWN_PAGE);
    expect(status.ok && (status.data as { kind: string }).kind).toBe('due');
  });
});

describe('a reminder on screen that a lost step never stored', () => {
  test('is withdrawn when the person starts a break before the next step shows it again', async () => {
    const second = await stopWhileNotifying(true);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['limber-reminder']);
    const reply = await second.route({ limber: 1, type: 'startBreak', payload: {} }, OWN_PAGE);
    expect(reply.ok).toBe(true);
    await vi.waitFor(async () => expect(await fakeBrowser.notifications.getAll()).toEqual({}));
  });
});

describe('notifications blocked for Limber', () => {
  test('the reminder window is used from the start, with no notification', async () => {
    permissionLevel('denied');
    const { dispatch, route } = await startWorker();
    await route(
      { limber: 1, type: 'setPrefs', payload: { patch: { workIntervalMin: 5, escalateReminder: false } } },
      OWN_PAGE,
    );
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await workFor(dispatch, 6);
    expect(opened(create)).toEqual([REMINDER_URL]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});

describe('notifications calls refused (Chrome refuses them all while blocked)', () => {
  test('answering still closes the reminder window although clearing the notification fails', async () => {
    const { route } = await dueInTheWindow();
    vi.spyOn(fakeBrowser.notifications, 'clear').mockRejectedValue(new Error('Unknown error.'));
    const reply = await route({ limber: 1, type: 'snooze', payload: { minutes: 5 } }, OWN_PAGE);
    expect(reply.ok).toBe(true);
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).not.toContain(REMINDER_URL);
  });
});

describe('send a test reminder', () => {
  test('its preview window stays open when a pause withdraws the real reminder', async () => {
    const { route } = await dueInTheWindow();
    await fakeBrowser.tabs.create({ url: `${REMINDER_URL}?preview` });
    const reply = await route({ limber: 1, type: 'pause', payload: { minutes: 30 } }, OWN_PAGE);
    expect(reply.ok).toBe(true);
    const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url);
    expect(urls).not.toContain(REMINDER_URL);
    expect(urls).toContain(`${REMINDER_URL}?preview`);
  });

  test('shows the same reminder under its own id, reports the permission, and changes nothing', async () => {
    permissionLevel('granted');
    const { route } = await startWorker();
    const before = await route({ limber: 1, type: 'getStatus', payload: {} }, OWN_PAGE);
    const reply = await route({ limber: 1, type: 'testReminder', payload: {} }, OWN_PAGE);
    expect(reply).toEqual({ ok: true, data: { permission: 'granted', notification: true, window: false } });
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual(['limber-reminder-test']);
    // Its Start button only closes it: no break starts.
    await fakeBrowser.notifications.onButtonClicked.trigger('limber-reminder-test', 0);
    await vi.waitFor(async () => expect(await fakeBrowser.notifications.getAll()).toEqual({}));
    const after = await route({ limber: 1, type: 'getStatus', payload: {} }, OWN_PAGE);
    expect(after.ok && (after.data as { kind: string }).kind).toBe('working');
    // No break, snooze or skip was recorded (active time goes on counting meanwhile).
    const counts = (reply: typeof after) => {
      if (!reply.ok) throw new Error(reply.error);
      const { activeMs: _active, ...rest } = (reply.data as { today: { activeMs: number } }).today;
      return rest;
    };
    expect(counts(after)).toEqual(counts(before));
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).not.toContain(
      fakeBrowser.runtime.getURL('src/ui/break/break.html'),
    );
  });

  test('with notifications blocked it says so and shows the window preview instead', async () => {
    permissionLevel('denied');
    const { route } = await startWorker();
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const reply = await route({ limber: 1, type: 'testReminder', payload: {} }, OWN_PAGE);
    expect(reply).toEqual({ ok: true, data: { permission: 'denied', notification: false, window: true } });
    expect(opened(create)).toEqual([`${REMINDER_URL}?preview`]);
  });

  test('where the browser cannot tell (no getPermissionLevel, as in Firefox) it says unknown', async () => {
    const { route } = await startWorker();
    const reply = await route({ limber: 1, type: 'testReminder', payload: {} }, OWN_PAGE);
    expect(reply.ok && (reply.data as { permission: string }).permission).toBe('unknown');
  });

  test('a page of another extension cannot send one', async () => {
    const { route } = await startWorker();
    const reply = await route(
      { limber: 1, type: 'testReminder', payload: {} },
      { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' },
    );
    expect(reply.ok).toBe(false);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});

describe('first run', () => {
  const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => t.url === WELCOME_URL);
  /** The worker's test entry point: `started()` settles once the last start-up event's handlers have run. */
  const started = () =>
    (globalThis as { __limberTest?: { started(): Promise<string | null> } }).__limberTest?.started();

  test('installing opens the welcome page once; an update or a second "install" opens nothing', async () => {
    await startWorker();
    expect(await started()).toBeNull();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await started()).toBe('install');
    expect(await welcomeTabs()).toHaveLength(1);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect(await started()).toBe('update');
    // Chromium says "install" again at every launch of a command-line extension.
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await started()).toBe('install');
    expect(await welcomeTabs()).toHaveLength(1);
  });

  test('an update alone, or a browser start, opens nothing', async () => {
    await startWorker();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect(await started()).toBe('update');
    expect(await welcomeTabs()).toEqual([]);
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await started()).toBe('startup');
    expect(await welcomeTabs()).toEqual([]);
  });
});
