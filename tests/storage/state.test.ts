import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState } from '../../src/core/schedulerState.ts';
import type { SchedulerState } from '../../src/core/schedulerTypes.ts';
import { commitStep } from '../../src/storage/operations/commitStep.ts';
import { readNotices } from '../../src/storage/stores/meta.ts';
import { loadState, validateSchedulerState } from '../../src/storage/stores/state.ts';
import { freshDb, getRaw, NOW, putRaw } from './dbFixture.ts';

const good: SchedulerState = {
  version: 1,
  idle: 'active',
  activeSince: NOW - 600_000,
  inactiveSince: null,
  naturalCounted: false,
  naturalAt: null,
  cycleMs: 600_000,
  committedUntil: NOW,
  lastTick: NOW,
  reminderShown: false,
  remindedThisCycle: false,
  snoozeUntil: null,
  snoozeCount: 0,
  breakStartedAt: null,
  breakId: null,
  pausedUntil: null,
  hold: null,
  holdSince: null,
  headsUpGiven: false,
  escalateAtMs: null,
};

describe('validateSchedulerState', () => {
  it('reads a record written before escalateAtMs existed as one with none pending, not as damage', () => {
    const { escalateAtMs: _e, ...older } = good;
    expect(validateSchedulerState(older)).toEqual({ ok: true, record: good });
    expect(validateSchedulerState({ ...good, escalateAtMs: -1 }).ok).toBe(false);
  });

  it('accepts a good state and drops unknown extra fields', () => {
    expect(validateSchedulerState(good)).toEqual({ ok: true, record: good });
    expect(validateSchedulerState({ ...good, future: 1 })).toEqual({ ok: true, record: good });
    const busy = { ...good, idle: 'locked', snoozeUntil: NOW + 1, snoozeCount: 2, hold: 'meeting', holdSince: NOW };
    expect(validateSchedulerState(busy).ok).toBe(true);
  });

  it('reads a state stored before naturalAt and breakId existed, a running break named by its start', () => {
    const { naturalAt: _n, breakId: _b, ...older } = { ...good, breakStartedAt: NOW - 30_000 };
    expect(validateSchedulerState(older)).toEqual({
      ok: true,
      record: { ...good, breakStartedAt: NOW - 30_000, breakId: NOW - 30_000 },
    });
    const { naturalAt: _n2, breakId: _b2, ...idle } = good;
    expect(validateSchedulerState(idle)).toEqual({ ok: true, record: good });
  });

  const { lastTick: _t, ...missingTick } = good;
  const damaged: [string, unknown, RegExp][] = [
    ['not an object', 'x', /not an object/],
    ['an array', [good], /not an object/],
    ['a missing field', missingTick, /lastTick is missing/],
    ['NaN', { ...good, cycleMs: Number.NaN }, /cycleMs must be a duration/],
    ['a negative duration', { ...good, cycleMs: -5 }, /cycleMs must be a duration/],
    ['a time as a string', { ...good, lastTick: String(NOW) }, /lastTick must be a time/],
    ['an unknown idle state', { ...good, idle: 'asleep' }, /idle must be one of/],
    ['an unknown hold reason', { ...good, hold: 'lunch' }, /hold must be one of/],
    ['a fractional snooze count', { ...good, snoozeCount: 1.5 }, /snoozeCount must be a whole number/],
    ['a newer version', { ...good, version: 2 }, /version must be one of 1/],
    ['a boolean as a number', { ...good, reminderShown: 1 }, /reminderShown must be true or false/],
  ];

  it.each(damaged)('refuses %s with a readable reason', (_name, input, reason) => {
    const result = validateSchedulerState(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it("accepts the scheduler's own starting state", () => {
    expect(validateSchedulerState(initialState(NOW))).toEqual({ ok: true, record: initialState(NOW) });
  });

  it('names every problem, not just the first', () => {
    const result = validateSchedulerState({ ...good, idle: 3, cycleMs: -1, pausedUntil: 'soon' });
    expect(result.ok ? [] : result.reason.split('; ')).toEqual([
      expect.stringMatching(/^idle must be one of/),
      expect.stringMatching(/^cycleMs must be a duration/),
      expect.stringMatching(/^pausedUntil must be a time/),
    ]);
  });

  it('never throws on any input', () => {
    fc.assert(fc.property(fc.anything(), (v) => typeof validateSchedulerState(v).ok === 'boolean'));
  });
});

describe('the state store', () => {
  it('has no state on a fresh profile, and reports nothing', async () => {
    const { db } = await freshDb();
    expect(await loadState(db, NOW)).toBeNull();
    expect(await readNotices(db)).toEqual([]);
  });

  it('round-trips a state written with a scheduler step', async () => {
    const { db } = await freshDb();
    await commitStep(db, good, [], NOW);
    const next = { ...good, idle: 'idle' as const, inactiveSince: NOW + 1000, lastTick: NOW + 2000 };
    await commitStep(db, next, [], NOW);
    expect(await loadState(db, NOW)).toEqual(next);
  });

  it('turns a damaged record into null, removes it and leaves one notice, without throwing', async () => {
    const { db } = await freshDb();
    await putRaw(db, 'state', { ...good, cycleMs: Number.NaN, idle: 'asleep' }, 'scheduler');
    expect(await loadState(db, NOW)).toBeNull();
    expect(await getRaw(db, 'state', 'scheduler')).toBeUndefined();
    const notices = await readNotices(db);
    expect(notices).toEqual([
      { at: NOW, message: expect.stringMatching(/break timer was damaged and was reset \(idle.*; cycleMs/) },
    ]);
    expect(await loadState(db, NOW + 1)).toBeNull();
  });

  it('refuses to save a state the next load would reject, and writes nothing of its step', async () => {
    const { db } = await freshDb();
    await commitStep(db, good, [], NOW);
    const step = commitStep(db, { ...good, cycleMs: -1 }, [{ kind: 'taken', at: NOW, durationMs: 1 }], NOW);
    await expect(step).rejects.toThrow(/cycleMs must be a duration/);
    expect(await getRaw(db, 'state', 'scheduler')).toEqual(good);
    expect(await db.count('history')).toBe(0);
  });
});
