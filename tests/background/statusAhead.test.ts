/**
 * getStatus answers before its step is written when the day's figures it shows are certain without
 * the write (core/insights/figuresAhead.ts): a popup that wakes a stopped worker waits for one read
 * transaction, not for a write. The answer must be the one the write path would give.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Status } from '../../src/core/status.ts';
import { fakeBrowser, idleFake, resetFakes } from './fakeBrowser.ts';

vi.mock('../../src/platform/browser.ts', async () => ({ default: (await import('./fakeBrowser.ts')).fakeBrowser }));

/** When each step's write finished, against when getStatus answered. */
const order: string[] = [];
vi.mock('../../src/storage/operations/commitStep.ts', async (original) => {
  const real = await original<typeof import('../../src/storage/operations/commitStep.ts')>();
  return {
    ...real,
    commitStep: async (...args: Parameters<typeof real.commitStep>) => {
      const committed = await real.commitStep(...args);
      order.push('written');
      return committed;
    },
  };
});

const MIN = 60_000;
// 20:00 UTC: the same calendar day for the next hours in Los Angeles, Berlin and Auckland alike.
const T0 = Date.UTC(2026, 2, 2, 20, 0);
const OWN_PAGE = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('src/ui/popup/popup.html') };

beforeEach(() => {
  resetFakes();
  order.length = 0;
  vi.useFakeTimers({ toFake: ['Date'], now: T0 });
});
afterEach(() => vi.useRealTimers());

async function workerActiveFor(minutes: number) {
  await import('../../src/background/main.ts');
  const { route } = await import('../../src/background/router.ts');
  const { dispatch } = await import('../../src/background/engine.ts');
  await dispatch({ type: 'wake', idle: 'active' });
  for (let m = 1; m <= minutes; m++) {
    vi.setSystemTime(T0 + m * MIN);
    await dispatch({ type: 'alarm' });
  }
  return { route, dispatch };
}

async function getStatus(route: (message: unknown, sender: typeof OWN_PAGE) => Promise<unknown>): Promise<Status> {
  const reply = (await route({ limber: 1, type: 'getStatus', payload: {} }, OWN_PAGE)) as { ok: true; data: Status };
  order.push('answer');
  expect(reply.ok).toBe(true);
  return reply.data;
}

test('while sitting time accrues, getStatus answers before the write, with the figures the write path gives', async () => {
  const { route, dispatch } = await workerActiveFor(10);
  const at = T0 + 10 * MIN + 30_000;
  vi.setSystemTime(at);
  order.length = 0;
  const early = await getStatus(route);
  await vi.waitFor(() => expect(order).toContain('written'));
  expect(order).toEqual(['answer', 'written']);
  // The same moment (waitFor moves the faked clock) through the write path, which waits for its write.
  vi.setSystemTime(at);
  const written = (await dispatch({ type: 'wake' })).status;
  expect(early.today.activeMs).toBeGreaterThan(9 * MIN);
  expect(early.today).toEqual(written.today);
  expect(early.accruedMs).toBe(written.accruedMs);
});

test('a step that records a natural break answers only after its write, with the break counted', async () => {
  const { route, dispatch } = await workerActiveFor(5);
  idleFake.state = 'idle';
  await dispatch({ type: 'idleState', idle: 'idle' });
  vi.setSystemTime(T0 + 20 * MIN);
  order.length = 0;
  const status = await getStatus(route);
  expect(status.today.natural).toBe(1);
  expect(order).toEqual(['written', 'answer']);
});
