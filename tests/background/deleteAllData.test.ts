/** "Delete all data": the database and the synced copy of the preferences, then a fresh schedule. */
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser, resetFakes } from './fakeBrowser.ts';
import { syncedItem } from './storageAreaFakes.ts';

vi.mock('../../src/platform/browser.ts', async () => ({ default: (await import('./fakeBrowser.ts')).fakeBrowser }));

const OWN_PAGE = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('src/ui/options/options.html') };

beforeEach(() => resetFakes());

test('deleting all data empties the history and the synced preferences, and restarts from defaults', async () => {
  const { route } = await import('../../src/background/router.ts');
  const ask = (type: string, payload: object = {}) => route({ limber: 1, type, payload }, OWN_PAGE);
  await ask('setPrefs', { patch: { workIntervalMin: 50 } });
  // Something in today's history: a break started and ended at once, logged as short.
  const started = await ask('startBreak');
  const breakId = started.ok ? (started.data as { breakId: number }).breakId : 0;
  await ask('finishBreak', { completed: true, breakId });
  expect(await syncedItem()).toBeDefined();
  const before = await ask('getStatus');
  expect(before.ok && (before.data as { today: { short: number } }).today.short).toBe(1);

  const reply = await ask('deleteAllData');
  expect(reply.ok && (reply.data as { prefs: { workIntervalMin: number } }).prefs.workIntervalMin).toBe(30);
  expect(await syncedItem()).toBeUndefined();
  const after = await ask('getStatus');
  expect(after.ok && (after.data as { today: { short: number }; kind: string }).today.short).toBe(0);
  expect(after.ok && (after.data as { accruedMs: number }).accruedMs).toBeLessThan(60_000);
});
