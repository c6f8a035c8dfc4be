/** Nudges and the reminder's first stretch, through the real background against a fake browser. */
import { beforeEach, expect, test, vi } from 'vitest';
import { openLimberDb } from '../../src/storage/open.ts';
import { parseRoutine, saveNextRoutine } from '../../src/storage/stores/meta.ts';
import { fakeBrowser, resetFakes } from './fakeBrowser.ts';

vi.mock('../../src/platform/browser.ts', async () => ({ default: (await import('./fakeBrowser.ts')).fakeBrowser }));

beforeEach(() => resetFakes());

/** Drives the background minute by minute with the user active, as the heartbeat alarm does. */
async function activeMinutes(minutes: number, prefs: object) {
  const { handlers } = await import('../../src/background/handlers.ts');
  const { dispatch } = await import('../../src/background/engine.ts');
  await handlers.setPrefs({ patch: prefs });
  const start = Date.now();
  await dispatch({ type: 'wake', idle: 'active' });
  const create = vi.spyOn(fakeBrowser.notifications, 'create');
  for (let minute = 1; minute <= minutes; minute++) {
    vi.spyOn(Date, 'now').mockImplementation(() => start + minute * 60_000 + 1);
    await dispatch({ type: 'alarm' });
  }
  const calls = create.mock.calls.map(([id, options]) => ({
    id: String(id),
    message: String((options as { message?: unknown } | undefined)?.message),
  }));
  vi.restoreAllMocks();
  return calls;
}

test('a hydration nudge comes after its interval of working time, and only once per interval', async () => {
  const shown = await activeMinutes(25, { hydrationNudge: true, hydrationIntervalMin: 10 });
  expect(shown.filter((n) => n.id === 'limber-nudge-hydration')).toHaveLength(2);
  expect(shown.find((n) => n.id === 'limber-nudge-hydration')?.message).toBe(
    'A few sips now: muscles need water to stay loose.',
  );
});

test('nudges stay away when switched off', async () => {
  const shown = await activeMinutes(25, { hydrationNudge: false, postureNudge: false });
  expect(shown.filter((n) => n.id.startsWith('limber-nudge'))).toEqual([]);
});

test('the reminder names the stretch the next break starts with', async () => {
  const db = await openLimberDb();
  await saveNextRoutine(db, ['seatedTwist', 'shoulderRolls']);
  db.close();
  const shown = await activeMinutes(6, { workIntervalMin: 5 });
  const reminder = shown.find((n) => n.id === 'limber-reminder');
  expect(reminder?.message).toBe(
    'You have been sitting for 5 minutes. A short stretch keeps your back loose. Your break starts with: Seated twist.',
  );
});

test('a stored routine naming an unknown stretch falls back to the plain reminder', async () => {
  const db = await openLimberDb();
  await saveNextRoutine(db, ['noSuchStretch']);
  db.close();
  const shown = await activeMinutes(6, { workIntervalMin: 5 });
  expect(shown.find((n) => n.id === 'limber-reminder')?.message).toBe(
    'You have been sitting for 5 minutes. A short stretch keeps your back loose.',
  );
});

test('stored routines are read strictly', () => {
  expect(parseRoutine('seatedTwist,shoulderRolls')).toEqual(['seatedTwist', 'shoulderRolls']);
  expect(parseRoutine('')).toEqual([]);
  expect(parseRoutine(null)).toEqual([]);
  expect(parseRoutine('ok,<script>')).toEqual([]);
  expect(parseRoutine(Array(30).fill('a').join(','))).toEqual([]);
});
