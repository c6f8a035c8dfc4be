/**
 * Keyboard shortcuts reach the scheduler: start a break, snooze (or skip at the limit), pause/resume.
 * They obey the same rules as the popup: snooze only while a break is due; otherwise nothing changes
 * and a notification says why.
 */
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

/** Sitting time passes as the background's own clock and heartbeat see it (the e2e entry point). */
async function sit(minutes: number): Promise<void> {
  const hooks = (globalThis as { __limberTest?: { advance(ms: number): Promise<unknown> } }).__limberTest;
  await hooks?.advance(minutes * 60_000);
}

test('snooze with nothing due changes nothing and says why in a notification', async () => {
  await import('../../src/background/main.ts');
  const before = await status();
  commandsFake.press('snooze');
  await vi.waitFor(async () =>
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toContain('limber-refusal'),
  );
  const after = await status();
  expect([after.kind, after.snoozeCount, after.today.snoozed, after.today.skipped]).toEqual(['working', 0, 0, 0]);
  expect(after.remainingMs).toBeLessThanOrEqual(before.remainingMs);
});

test('snooze snoozes for 5 minutes while a break is due', async () => {
  await import('../../src/background/main.ts');
  await status();
  await sit(31);
  expect((await status()).kind).toBe('due');
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
  const { breakId } = await status();
  expect(tabs.some((tab) => tab.url?.endsWith(`src/ui/break/break.html?break=${breakId}`))).toBe(true);
});
