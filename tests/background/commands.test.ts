/** Keyboard shortcuts reach the scheduler: start a break, snooze (or skip at the limit), pause/resume. */
import { beforeEach, expect, test, vi } from 'vitest';
import type { Status } from '../../src/core/status.ts';
import { commandsFake, fakeBrowser, resetFakes } from './fakeBrowser.ts';

vi.mock('../../src/platform/browser.ts', async () => ({ default: (await import('./fakeBrowser.ts')).fakeBrowser }));

beforeEach(() => resetFakes());

async function status(): Promise<Status> {
  const { handlers } = await import('../../src/background/handlers.ts');
  return handlers.getStatus({});
}

test('toggle-pause pauses for an hour, then resumes', async () => {
  await import('../../src/background/main.ts');
  commandsFake.press('toggle-pause');
  await vi.waitFor(async () => expect((await status()).kind).toBe('paused'));
  const paused = await status();
  expect(Math.round(((paused.pausedUntil ?? 0) - paused.now) / 60_000)).toBe(60);
  commandsFake.press('toggle-pause');
  await vi.waitFor(async () => expect((await status()).kind).toBe('working'));
});

test('snooze snoozes for 5 minutes while snoozes are left', async () => {
  await import('../../src/background/main.ts');
  commandsFake.press('snooze');
  await vi.waitFor(async () => expect((await status()).kind).toBe('snoozed'));
  const st = await status();
  expect(st.snoozeUntil).toBeGreaterThan(st.now + 4 * 60_000);
});

test('start-break opens the break page', async () => {
  await import('../../src/background/main.ts');
  commandsFake.press('start-break');
  await vi.waitFor(async () => expect((await status()).kind).toBe('onBreak'));
  const tabs = await fakeBrowser.tabs.query({});
  expect(tabs.some((tab) => tab.url?.endsWith('src/ui/break/break.html'))).toBe(true);
});
