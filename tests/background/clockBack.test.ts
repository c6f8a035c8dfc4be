/**
 * The wall clock set back: Chromium keeps the wake alarm at its wall-clock time, so the heartbeat would
 * wait until the clock reaches it again (an hour set back is an hour not counted). A tab or window
 * gaining focus wakes the worker; it checks the clock against the scheduler's last step and, when the
 * clock went back, runs a step, which sets the alarm again from the new clock. Date is faked (only
 * Date: fake-indexeddb needs real timers) to move the clock as the system would.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser, resetFakes } from './fakeBrowser.ts';

vi.mock('../../src/platform/browser.ts', async () => ({ default: (await import('./fakeBrowser.ts')).fakeBrowser }));

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 2, 2, 8, 0);

beforeEach(() => {
  resetFakes();
  vi.useFakeTimers({ toFake: ['Date'], now: T0 });
});
afterEach(() => vi.useRealTimers());

async function startWorker() {
  await import('../../src/background/main.ts');
  const { dispatch } = await import('../../src/background/engine.ts');
  await dispatch({ type: 'wake', idle: 'active' });
}

const alarmIn = async () => ((await fakeBrowser.alarms.get('limber-wake'))?.scheduledTime ?? 0) - Date.now();

test('after the clock is set back an hour, a tab switch sets the wake alarm from the new clock', async () => {
  await startWorker();
  expect(await alarmIn()).toBeLessThanOrEqual(60_000);
  vi.setSystemTime(T0 - HOUR + 30_000);
  expect(await alarmIn()).toBeGreaterThan(HOUR - 60_000); // what Chromium would wait for
  await fakeBrowser.tabs.onActivated.trigger({ tabId: 1, windowId: 1 });
  await vi.waitFor(async () => expect(await alarmIn()).toBeLessThanOrEqual(60_000));
});

test('a window gaining focus does the same', async () => {
  await startWorker();
  vi.setSystemTime(T0 - HOUR);
  await fakeBrowser.windows.onFocusChanged.trigger(1);
  await vi.waitFor(async () => expect(await alarmIn()).toBeLessThanOrEqual(60_000));
});

test('with the clock where it was, a focus change runs no scheduler step', async () => {
  await startWorker();
  const before = (await fakeBrowser.alarms.get('limber-wake'))?.scheduledTime;
  vi.setSystemTime(T0 + 20_000);
  await fakeBrowser.tabs.onActivated.trigger({ tabId: 1, windowId: 1 });
  await fakeBrowser.windows.onFocusChanged.trigger(1);
  await new Promise((resolve) => setTimeout(resolve, 100));
  // A step now would have moved the heartbeat to 20 s later.
  expect((await fakeBrowser.alarms.get('limber-wake'))?.scheduledTime).toBe(before);
});
