/**
 * The history store through the production paths: written with scheduler steps (commitStep), read
 * as the export reads it (readRecords) and as the popup's today figures read it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDay } from '../../src/core/insights/dailyFigures.ts';
import { dayKey } from '../../src/core/localDay.ts';
import { initialState } from '../../src/core/schedulerState.ts';
import type { HistoryEntry } from '../../src/core/schedulerTypes.ts';
import { statusToday } from '../../src/core/statusOf.ts';
import { commitStep } from '../../src/storage/operations/commitStep.ts';
import { readRecords } from '../../src/storage/operations/readRecords.ts';
import type { LimberDb } from '../../src/storage/schema.ts';
import { readDayFigures } from '../../src/storage/stores/days.ts';
import { readNotices } from '../../src/storage/stores/meta.ts';
import { freshDb, getRaw, NOW, putRaw } from './dbFixture.ts';

const H = 3_600_000;
// Vitest runs in Europe/Berlin (vitest.config.ts): NOW is 12:00 local on 2025-05-14.
const TODAY = '2025-05-14';

/** Records entries the way the background does: with a scheduler step. */
const record = (db: LimberDb, entries: HistoryEntry[], now = NOW) => commitStep(db, initialState(NOW), entries, now);

/** A day's figures as the status and the Insights page read them (the `days` record, rebuilt with every step). */
async function todayFigures(db: LimberDb, day: string, now: number) {
  return statusToday((await readDayFigures(db, day, day, now))[0] ?? emptyDay(day));
}

/** The history records of a range of days (null: all), as the export reads them, minus the stretches (figures). */
async function history(db: LimberDb, from: string | null = null, to: string | null = null) {
  const read = await readRecords(db, from, to, NOW);
  return { records: read.records.filter((r) => r.kind !== 'longestStretch'), damaged: read.damaged };
}

describe('recording history with a scheduler step', () => {
  it('stores events by a stable id, so the same event twice is one record', async () => {
    const { db } = await freshDb();
    const taken: HistoryEntry = { kind: 'taken', at: NOW, durationMs: 120_000 };
    await record(db, [taken, { kind: 'snoozed', at: NOW + 1 }]);
    await record(db, [taken]);
    const { records } = await history(db);
    expect(records).toEqual([
      { id: `snoozed:${NOW + 1}`, day: TODAY, kind: 'snoozed', at: NOW + 1 },
      { id: `taken:${NOW}`, day: TODAY, kind: 'taken', at: NOW, durationMs: 120_000 },
    ]);
  });

  it('adds active time up across calls and within one call, per day, never below 0', async () => {
    const { db } = await freshDb();
    await record(db, [
      { kind: 'active', day: TODAY, ms: 60_000 },
      { kind: 'active', day: TODAY, ms: 30_000 },
    ]);
    await record(db, [{ kind: 'active', day: TODAY, ms: 10_000 }]);
    await record(db, [{ kind: 'active', day: '2025-05-15', ms: 5_000 }]);
    expect(await getRaw(db, 'history', `active:${TODAY}`)).toEqual({
      id: `active:${TODAY}`,
      day: TODAY,
      kind: 'active',
      ms: 100_000,
    });
    // The idle threshold can take time back (rule 1); a total never goes negative.
    await record(db, [{ kind: 'active', day: TODAY, ms: -40_000 }]);
    expect((await todayFigures(db, TODAY, NOW)).activeMs).toBe(60_000);
    await record(db, [{ kind: 'active', day: TODAY, ms: -999_000 }]);
    expect((await todayFigures(db, TODAY, NOW)).activeMs).toBe(0);
    expect((await todayFigures(db, '2025-05-15', NOW)).activeMs).toBe(5_000);
  });

  it('files an event under the local day it happened, across local midnight', async () => {
    const { db } = await freshDb();
    const beforeMidnight = new Date(2025, 4, 14, 23, 59, 59).getTime();
    await record(db, [
      { kind: 'natural', at: beforeMidnight },
      { kind: 'natural', at: beforeMidnight + 2000 },
    ]);
    expect((await todayFigures(db, '2025-05-14', NOW)).natural).toBe(1);
    expect((await todayFigures(db, '2025-05-15', NOW)).natural).toBe(1);
  });

  it('writes the valid entries and returns the invalid ones, written nowhere', async () => {
    const { db } = await freshDb();
    const bad = [
      { kind: 'taken', at: Number.NaN },
      { kind: 'active', day: '14/05/2025', ms: 1 },
      { kind: 'active', day: TODAY, ms: Number.POSITIVE_INFINITY },
      { kind: 'dozed', at: NOW },
      { kind: 'taken', at: NOW, durationMs: -1 },
    ] as HistoryEntry[];
    const { rejected } = await record(db, [...bad, { kind: 'skipped', at: NOW }]);
    expect(rejected).toHaveLength(5);
    expect(rejected[1]).toMatch(/day must be a date/);
    expect((await history(db)).records.map((r) => r.id)).toEqual([`skipped:${NOW}`]);
  });

  it('resets a damaged day total while adding to it, and says so', async () => {
    const { db } = await freshDb();
    await putRaw(db, 'history', { id: `active:${TODAY}`, day: TODAY, kind: 'active', ms: 'lots' });
    await record(db, [{ kind: 'active', day: TODAY, ms: 7_000 }], NOW);
    expect((await todayFigures(db, TODAY, NOW)).activeMs).toBe(7_000);
    expect(await readNotices(db)).toEqual([
      { at: NOW, message: expect.stringMatching(/active-time totals were reset/) },
    ]);
  });

  it('adds any sequence of deltas to their clamped running sum', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.integer({ min: -50_000, max: 100_000 }), { maxLength: 4 })),
        async (calls) => {
          const { db } = await freshDb();
          let expected = 0;
          for (const call of calls) {
            await record(
              db,
              call.map((ms) => ({ kind: 'active' as const, day: TODAY, ms })),
            );
            expected = Math.max(0, expected + call.reduce((a, b) => a + b, 0));
          }
          expect((await todayFigures(db, TODAY, NOW)).activeMs).toBe(expected);
          db.close();
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('reading history', () => {
  async function week() {
    const { db } = await freshDb();
    const entries: HistoryEntry[] = [];
    for (let d = 0; d < 7; d++) {
      const at = NOW - d * 24 * H;
      entries.push(
        { kind: 'taken', at },
        { kind: 'skipped', at: at + 1 },
        { kind: 'active', day: dayKey(at), ms: 1000 * d },
      );
    }
    await record(db, entries);
    return db;
  }

  it('reads an inclusive range of local days, in day order', async () => {
    const db = await week();
    const { records, damaged } = await history(db, '2025-05-10', '2025-05-12');
    expect(damaged).toEqual([]);
    expect([...new Set(records.map((r) => r.day))]).toEqual(['2025-05-10', '2025-05-11', '2025-05-12']);
    expect(records).toHaveLength(9);
    expect((await history(db, '2025-05-12', '2025-05-10')).records).toEqual([]);
    expect((await history(db, '2024-01-01', '2024-12-31')).records).toEqual([]);
    await expect(history(db, 'yesterday', TODAY)).rejects.toThrow(RangeError);
  });

  it("sums today's figures", async () => {
    const db = await week();
    await record(db, [
      { kind: 'natural', at: NOW + 5 },
      { kind: 'snoozed', at: NOW + 6 },
      { kind: 'reminded', at: NOW + 7 },
    ]);
    expect(await todayFigures(db, TODAY, NOW)).toEqual({
      activeMs: 0,
      taken: 1,
      short: 0,
      natural: 1,
      snoozed: 1,
      skipped: 1,
    });
    expect((await todayFigures(db, '2025-05-11', NOW)).activeMs).toBe(3000);
  });

  it('skips damaged records, reports them once in a notice and removes them', async () => {
    const db = await week();
    const planted = [
      { id: `taken:${NOW + 9}`, day: TODAY, kind: 'taken', at: 'noon' },
      { id: 'taken:1', day: TODAY, kind: 'taken', at: 2 },
      { id: `dozed:${NOW}`, day: TODAY, kind: 'dozed', at: NOW },
      { id: `active:${TODAY}`, day: TODAY, kind: 'active', ms: -5 },
      { id: 'no-day', day: 42, kind: 'taken', at: NOW },
    ];
    for (const record of planted) await putRaw(db, 'history', record);
    const today = await history(db, TODAY, TODAY);
    expect(today.records.map((r) => r.kind).sort()).toEqual(['skipped', 'taken']);
    expect(today.damaged).toHaveLength(4);
    for (const reason of [/at must be a time/, /id does not match/, /kind must be one of/, /ms must be a number/]) {
      expect(today.damaged.some((line) => reason.test(line))).toBe(true);
    }
    // The record with a numeric day is outside every day range; reading everything finds it.
    const all = await history(db);
    expect(all.damaged).toEqual(['no-day: day must be a date like 2024-05-31']);
    expect(all.records).toHaveLength(20);
    const notices = await readNotices(db);
    expect(notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/^4 damaged history records removed/),
      expect.stringMatching(/^1 damaged history records removed \(no-day/),
    ]);
    expect(await history(db)).toEqual({ records: all.records, damaged: [] });
    expect(await readNotices(db)).toHaveLength(2);
  });

  it('never throws on damaged records while summing a day', async () => {
    const { db } = await freshDb();
    await putRaw(db, 'history', { id: `active:${TODAY}`, day: TODAY, kind: 'active', ms: Number.NaN });
    await putRaw(db, 'days', { day: TODAY, activeMs: 'lots' });
    expect(await todayFigures(db, TODAY, NOW)).toEqual({
      activeMs: 0,
      taken: 0,
      short: 0,
      natural: 0,
      snoozed: 0,
      skipped: 0,
    });
  });

  it('a step that rebuilds a day removes its damaged history records in the same write, with one notice', async () => {
    const { db } = await freshDb();
    await putRaw(db, 'history', { id: `taken:${NOW}`, day: TODAY, kind: 'taken', at: 'noon' });
    const { figures } = await commitStep(db, initialState(NOW), [{ kind: 'skipped', at: NOW + 1 }], NOW, TODAY);
    expect(figures).toMatchObject({ day: TODAY, skipped: 1, taken: 0 });
    expect(await db.getAllKeys('history')).toEqual([`skipped:${NOW + 1}`]);
    expect((await readNotices(db)).map((n) => n.message)).toEqual([
      `1 damaged history records removed (taken:${NOW}: at must be a time (a number of ms, not negative))`,
    ]);
  });
});
