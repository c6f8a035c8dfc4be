/**
 * The background against a fake browser: listeners, recovery on install and startup, the one wake
 * alarm, the badge, notification buttons, and the message router's refusals.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { REQUEST_PORT } from '../../src/messaging/protocol.ts';
import { REMINDER_CLEARED, REMINDER_PORT, REMINDER_PORT_READY } from '../../src/messaging/reminderCleared.ts';
import { connectFake, fakeBrowser, idleFake, resetFakes } from './fakeBrowser.ts';

vi.mock('../../src/platform/browser.ts', async () => ({ default: (await import('./fakeBrowser.ts')).fakeBrowser }));

const OWN_PAGE = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('src/ui/popup/popup.html') };

async function startWorker() {
  await import('../../src/background/main.ts');
  const { route } = await import('../../src/background/router.ts');
  const { dispatch } = await import('../../src/background/engine.ts');
  return { route, dispatch };
}

async function wakeAlarm() {
  return fakeBrowser.alarms.get('limber-wake');
}

beforeEach(() => resetFakes());

describe('background with a fake browser', () => {
  test('install recovery applies the idle threshold, computes the schedule and sets the badge', async () => {
    await startWorker();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await wakeAlarm()).toBeDefined());
    expect(idleFake.interval).toBe(60);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('30');
    const alarm = await wakeAlarm();
    // While active, the next wake is the one-minute heartbeat.
    expect((alarm?.scheduledTime ?? 0) - Date.now()).toBeLessThanOrEqual(60_000);
  });

  test('going idle leaves only the natural-break alarm; the badge turns to the away look', async () => {
    const { dispatch } = await startWorker();
    await dispatch({ type: 'wake', idle: 'active' });
    idleFake.emit('idle');
    await vi.waitFor(async () => {
      const alarm = await wakeAlarm();
      // Natural break N = 5 min after the stop. The correction (D = 60 s back) stops at the last
      // recorded activity, which was the wake just now, so the stretch starts now.
      expect(Math.round(((alarm?.scheduledTime ?? 0) - Date.now()) / 60_000)).toBe(5);
    });
    expect(await fakeBrowser.action.getTitle({})).toBe('Limber: no input; a short pause still counts as sitting');
  });

  test('messages from another sender are refused and change nothing', async () => {
    const { route } = await startWorker();
    const foreign = await route(
      { limber: 1, type: 'skip', payload: {} },
      { id: 'evil-extension', url: 'https://x.test/' },
    );
    expect(foreign).toEqual({ ok: false, error: 'Refused: the sender is not a Limber page.' });
    const page = await route(
      { limber: 1, type: 'skip', payload: {} },
      { id: fakeBrowser.runtime.id, url: 'https://x.test/' },
    );
    expect(page.ok).toBe(false);
    // A command that is accepted at any time from Limber's own page: each near miss is still refused.
    const own = new URL(OWN_PAGE.url);
    const nearMisses = [
      { id: 'evil-extension', url: OWN_PAGE.url },
      { id: fakeBrowser.runtime.id, url: `${own.protocol}//${own.host}.evil.test${own.pathname}` },
      { id: fakeBrowser.runtime.id, url: `https://${own.host}${own.pathname}` },
      { id: fakeBrowser.runtime.id, url: OWN_PAGE.url, origin: 'https://x.test' },
      { id: fakeBrowser.runtime.id, url: 'not an address' },
      { id: fakeBrowser.runtime.id },
    ];
    for (const sender of nearMisses) {
      expect(await route({ limber: 1, type: 'startBreak', payload: {} }, sender)).toEqual(foreign);
    }
    const status = await route({ limber: 1, type: 'getStatus', payload: {} }, OWN_PAGE);
    expect(status.ok && (status.data as { kind: string }).kind).toBe('working');
    expect((await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.includes('break.html'))).toEqual([]);
  });

  test.each([
    [null],
    ['getStatus'],
    [{ limber: 2, type: 'getStatus', payload: {} }],
    [{ limber: 1, type: 'getStatus' }],
    [{ limber: 1, type: 'getStatus', payload: { extra: 1 } }],
    [{ limber: 1, type: 'snooze', payload: { minutes: -5 } }],
    [{ limber: 1, type: 'snooze', payload: { minutes: 1e9 } }],
    [{ limber: 1, type: 'pause', payload: { minutes: 30, untilTomorrow: true } }],
    [{ limber: 1, type: 'setPrefs', payload: { patch: [] } }],
    [{ limber: 1, type: '__proto__', payload: {} }],
    [{ limber: 1, type: 'toString', payload: {} }],
  ])('a malformed message is refused: %j', async (message) => {
    const { route } = await startWorker();
    const reply = await route(message, OWN_PAGE);
    expect(reply.ok).toBe(false);
  });

  test('setPrefs refuses an invalid value with field errors and keeps the stored value', async () => {
    const { route } = await startWorker();
    for (const bad of [0, -5, 'abc', 1e9, '', null]) {
      const reply = await route(
        { limber: 1, type: 'setPrefs', payload: { patch: { workIntervalMin: bad } } },
        OWN_PAGE,
      );
      expect(reply.ok && (reply.data as { saved: boolean }).saved).toBe(false);
    }
    const view = await route({ limber: 1, type: 'getPrefs', payload: {} }, OWN_PAGE);
    expect(view.ok && (view.data as { prefs: { workIntervalMin: number } }).prefs.workIntervalMin).toBe(30);
  });

  test('a new idle threshold is applied to the idle API at once', async () => {
    const { route } = await startWorker();
    const reply = await route({ limber: 1, type: 'setPrefs', payload: { patch: { idleThresholdSec: 120 } } }, OWN_PAGE);
    expect(reply.ok).toBe(true);
    expect(idleFake.interval).toBe(120);
  });

  test('the notification Start button opens the break page; Snooze snoozes', async () => {
    const { route } = await startWorker();
    // The notification is only shown for a due break: let one become due on the background's clock.
    const hooks = (globalThis as { __limberTest?: { advance(ms: number): Promise<unknown> } }).__limberTest;
    await hooks?.advance(31 * 60_000);
    await fakeBrowser.notifications.onButtonClicked.trigger('limber-reminder', 1);
    await vi.waitFor(async () => {
      const reply = await route({ limber: 1, type: 'getStatus', payload: {} }, OWN_PAGE);
      expect(reply.ok && (reply.data as { kind: string }).kind).toBe('snoozed');
    });
    await fakeBrowser.notifications.onButtonClicked.trigger('limber-reminder', 0);
    await vi.waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.some((tab) => tab.url?.includes('src/ui/break/break.html?break='))).toBe(true);
    });
  });

  test('a due reminder on a browser with notification buttons shows them', async () => {
    const { dispatch, route } = await startWorker();
    await route({ limber: 1, type: 'setPrefs', payload: { patch: { workIntervalMin: 5 } } }, OWN_PAGE);
    const start = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => start);
    await dispatch({ type: 'wake', idle: 'active' });
    for (let minute = 1; minute <= 6; minute++) {
      vi.spyOn(Date, 'now').mockImplementation(() => start + minute * 60_000);
      await dispatch({ type: 'alarm' });
    }
    vi.restoreAllMocks();
    const all = await fakeBrowser.notifications.getAll();
    expect(Object.keys(all)).toEqual(['limber-reminder']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });
});

/** Makes the reminder due (W = 5 min) and returns the URLs of the windows the background opened. */
async function windowsOpenedForADueReminder(): Promise<string[]> {
  const { dispatch, route } = await startWorker();
  await route({ limber: 1, type: 'setPrefs', payload: { patch: { workIntervalMin: 5 } } }, OWN_PAGE);
  const create = vi.spyOn(fakeBrowser.windows, 'create');
  const start = Date.now();
  await dispatch({ type: 'wake', idle: 'active' });
  for (let minute = 1; minute <= 6; minute++) {
    vi.spyOn(Date, 'now').mockImplementation(() => start + minute * 60_000);
    await dispatch({ type: 'alarm' });
  }
  expect(create.mock.calls.every(([details]) => details?.type === 'popup')).toBe(true);
  return create.mock.calls.map(([details]) => String(details?.url));
}

const REMINDER_WINDOW = fakeBrowser.runtime.getURL('src/ui/reminder/reminder.html');

describe("pages' request ports", () => {
  test("a request on a page's port is routed and answered on that port", async () => {
    await startWorker();
    const port = connectFake.connect(REQUEST_PORT, OWN_PAGE);
    port.send({ limber: 1, type: 'getStatus', payload: {} });
    await vi.waitFor(() => expect(port.posted).toHaveLength(1));
    expect(port.posted[0]).toMatchObject({ ok: true, data: { kind: 'working' } });
  });

  test("another sender's port is refused, a malformed envelope gets its reason, other ports are not answered", async () => {
    await startWorker();
    const foreign = connectFake.connect(REQUEST_PORT, { id: 'evil-extension', url: 'https://x.test/' });
    foreign.send({ limber: 1, type: 'skip', payload: {} });
    const bad = connectFake.connect(REQUEST_PORT, OWN_PAGE);
    bad.send({ limber: 1, type: 'snooze', payload: { minutes: 'soon' } });
    const other = connectFake.connect('something-else', OWN_PAGE);
    other.send({ limber: 1, type: 'getStatus', payload: {} });
    await vi.waitFor(() => expect(bad.posted).toHaveLength(1));
    expect(foreign.posted).toEqual([{ ok: false, error: 'Refused: the sender is not a Limber page.' }]);
    expect(bad.posted).toEqual([{ ok: false, error: 'Malformed payload for snooze.' }]);
    expect(other.posted).toEqual([]);
  });

  test('an answer to a page that went away is dropped without an error', async () => {
    await startWorker();
    const port = connectFake.connect(REQUEST_PORT, OWN_PAGE);
    const posted = vi.fn(() => {
      throw new Error('Attempt to postMessage on disconnected port');
    });
    port.postMessage = posted;
    port.send({ limber: 1, type: 'getStatus', payload: {} });
    await vi.waitFor(() => expect(posted).toHaveBeenCalledOnce());
  });
});

describe('where notifications have no buttons', () => {
  test("Firefox's shape (no update, onButtonClicked a stub that warns on every listener): the reminder window, and the stub is never touched", async () => {
    const notifications = fakeBrowser.notifications as { update?: unknown; onButtonClicked: unknown };
    const saved = { update: notifications.update, event: notifications.onButtonClicked };
    // Firefox's ignoreEvent(): each addListener logs "…which is unimplemented" and keeps nothing.
    const stubCalls: string[] = [];
    notifications.update = undefined;
    notifications.onButtonClicked = {
      addListener: () => stubCalls.push('addListener'),
      hasListener: () => stubCalls.push('hasListener') && false,
      removeListener: () => stubCalls.push('removeListener'),
    };
    try {
      expect(await windowsOpenedForADueReminder()).toEqual([REMINDER_WINDOW]);
      expect(stubCalls).toEqual([]);
    } finally {
      vi.restoreAllMocks();
      Object.assign(notifications, { update: saved.update, onButtonClicked: saved.event });
    }
  });

  test('a browser that validates and refuses the buttons option: the reminder window', async () => {
    const notifications = fakeBrowser.notifications as { update: unknown };
    const saved = notifications.update;
    notifications.update = () => {
      throw new Error('Type error for parameter options (Property "buttons" is unsupported)');
    };
    try {
      expect(await windowsOpenedForADueReminder()).toEqual([REMINDER_WINDOW]);
    } finally {
      vi.restoreAllMocks();
      notifications.update = saved;
    }
  });

  test('a browser without onButtonClicked or update at all: the reminder window', async () => {
    const notifications = fakeBrowser.notifications as { update?: unknown; onButtonClicked?: unknown };
    const saved = { update: notifications.update, event: notifications.onButtonClicked };
    notifications.update = undefined;
    notifications.onButtonClicked = undefined;
    try {
      expect(await windowsOpenedForADueReminder()).toEqual([REMINDER_WINDOW]);
    } finally {
      vi.restoreAllMocks();
      Object.assign(notifications, { update: saved.update, onButtonClicked: saved.event });
    }
  });
});

describe('when the reminder ends, the reminder window closes itself', () => {
  /** A due reminder (W = 5 min), then Snooze from the popup: the reminder ends. */
  async function snoozeADueReminder(): Promise<void> {
    const { dispatch, route } = await startWorker();
    await route({ limber: 1, type: 'setPrefs', payload: { patch: { workIntervalMin: 5 } } }, OWN_PAGE);
    const start = Date.now();
    await dispatch({ type: 'wake', idle: 'active' });
    try {
      for (let minute = 1; minute <= 6; minute++) {
        vi.spyOn(Date, 'now').mockImplementation(() => start + minute * 60_000);
        await dispatch({ type: 'alarm' });
      }
      const reply = await route({ limber: 1, type: 'snooze', payload: { minutes: 5 } }, OWN_PAGE);
      expect(reply.ok).toBe(true);
    } finally {
      vi.restoreAllMocks();
    }
  }

  const reminderTabs = async () =>
    (await fakeBrowser.tabs.query({})).filter((tab) => tab.url === REMINDER_WINDOW).map((tab) => tab.id);

  test('a window holding its port hears "reminder over" on it and is left to close itself', async () => {
    const tab = await fakeBrowser.tabs.create({ url: REMINDER_WINDOW });
    await startWorker();
    const port = connectFake.connect(REMINDER_PORT, {
      id: fakeBrowser.runtime.id,
      url: REMINDER_WINDOW,
      tab: { id: tab.id },
    });
    expect(port.posted).toEqual([REMINDER_PORT_READY]);
    await snoozeADueReminder();
    expect(port.posted).toEqual([REMINDER_PORT_READY, REMINDER_CLEARED]);
    expect(await reminderTabs()).toHaveLength(1);
  });

  test('a port from another page or extension is not taken for the window', async () => {
    const tab = await fakeBrowser.tabs.create({ url: REMINDER_WINDOW });
    await startWorker();
    const popup = connectFake.connect(REMINDER_PORT, {
      id: fakeBrowser.runtime.id,
      url: OWN_PAGE.url,
      tab: { id: tab.id },
    });
    const foreign = connectFake.connect(REMINDER_PORT, {
      id: 'other-extension',
      url: REMINDER_WINDOW,
      tab: { id: tab.id },
    });
    expect(popup.posted).toEqual([]);
    expect(foreign.posted).toEqual([]);
  });

  test('a window that cannot answer (still loading, so nothing in flight) is closed by the background', async () => {
    const tab = await fakeBrowser.tabs.create({ url: REMINDER_WINDOW });
    // Recorded, not carried out: the fake's tabs.remove looks the window up by the tab's id.
    const saved = fakeBrowser.tabs.remove;
    const remove = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.tabs, { remove });
    try {
      await snoozeADueReminder();
      expect(remove.mock.calls).toEqual([[[tab.id]]]);
    } finally {
      Object.assign(fakeBrowser.tabs, { remove: saved });
    }
  });
});

describe('after a sleep (a silent heartbeat), the idle state is asked again', () => {
  test('a user active before and after a 4-minute sleep keeps being counted', async () => {
    const { dispatch } = await startWorker();
    const start = Date.now();
    const at = (minutes: number) => vi.spyOn(Date, 'now').mockImplementation(() => start + minutes * 60_000);
    try {
      at(0);
      await dispatch({ type: 'wake', idle: 'active' });
      for (let minute = 1; minute <= 10; minute++) {
        at(minute);
        await dispatch({ type: 'alarm' });
      }
      // The lid is closed for 4 minutes: no alarm fires. The browser says active when it wakes.
      idleFake.state = 'active';
      at(14);
      const resumed = await dispatch({ type: 'alarm' });
      expect(resumed.status.kind).toBe('working');
      for (let minute = 15; minute <= 20; minute++) {
        at(minute);
        await dispatch({ type: 'alarm' });
      }
      const later = await dispatch({ type: 'wake' });
      // 10 minutes before the sleep (trusted up to the last heartbeat), the 4 minutes of the sleep
      // (an absence shorter than the natural break is part of the sitting session) and 6 after it.
      expect(Math.round(later.status.accruedMs / 60_000)).toBe(20);
      expect(later.status.kind).toBe('working');
    } finally {
      vi.restoreAllMocks();
    }
  });
});
