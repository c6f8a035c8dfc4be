/** Closing the browser and reopening it on the same profile keeps prefs, state and history. */
import { afterAll, expect, test } from 'vitest';
import type { Status } from '../../src/core/status.ts';
import type { PrefsView, SetPrefsResult } from '../../src/messaging/protocol.ts';
import { ask, freshProfile, launch, openPage, removeProfile } from './harness.ts';
import { hook } from './pageTools.ts';

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
const profile = freshProfile();
afterAll(() => removeProfile(profile));

function data<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

test('prefs, scheduler state and history survive a browser restart', async () => {
  const first = await launch(profile);
  const page = await openPage(first, 'src/ui/popup/popup.html');
  const saved = data(await ask<Reply<SetPrefsResult>>(page, 'setPrefs', { patch: { workIntervalMin: 45 } }));
  expect(saved.saved).toBe(true);
  // Skip and snooze mean something only while a break is due: let one become due, skip it, then the next.
  await hook(first, 'dispatch', { type: 'idleState', idle: 'active' });
  await hook(first, 'advance', 46 * 60_000);
  data(await ask<Reply<Status>>(page, 'skip'));
  await hook(first, 'advance', 46 * 60_000);
  const snoozed = data(await ask<Reply<Status>>(page, 'snooze', { minutes: 10 }));
  expect(snoozed.snoozeCount).toBe(1);
  await first.close();

  const second = await launch(profile);
  const again = await openPage(second, 'src/ui/popup/popup.html');
  const view = data(await ask<Reply<PrefsView>>(again, 'getPrefs'));
  expect(view.prefs.workIntervalMin).toBe(45);
  const st = data(await ask<Reply<Status>>(again, 'getStatus'));
  expect(st.snoozeCount).toBe(1);
  expect(st.kind).toBe('snoozed');
  expect(st.today.skipped).toBe(1);
  expect(st.today.snoozed).toBe(1);
  await second.close();
});
