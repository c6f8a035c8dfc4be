/**
 * Retention and compaction against fake-indexeddb: two years of daily figures kept, events older
 * than 90 days packed into their day, and no daily figure changed by it (fast-check, seeded).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/insights/calendar.ts';
import { type DayFigures, dailyFigures, isBlankDay } from '../../src/core/insights/dailyFigures.ts';
import type { InsightRecord } from '../../src/core/insights/stretchRecord.ts';
import type { HistoryKind } from '../../src/core/schedulerTypes.ts';
import { BATCH_DAYS, compactHistory } from '../../src/storage/operations/compaction.ts';
import { runDailyMaintenance } from '../../src/storage/operations/maintenance.ts';
import { readRecords } from '../../src/storage/operations/readRecords.ts';
import type { LimberDb } from '../../src/storage/schema.ts';
import { readDayFigures } from '../../src/storage/stores/days.ts';
import { readNotices } from '../../src/storage/stores/meta.ts';
import { freshDb, NOW, putRaw } from './dbFixture.ts';
import { plant } from './figuresFixture.ts';

const TODAY = '2025-05-14';
const KINDS: HistoryKind[] = ['taken', 'natural', 'snoozed', 'skipped', 'reminded'];

const ev = (kind: HistoryKind, at: number, day: string): InsightRecord => ({ id: `${kind}:${at}`, day, kind, at });
const act = (day: string, ms: number): InsightRecord => ({ id: `active:${day}`, day, kind: 'active', ms });

const nonBlank = (byDay: Map<string, DayFigures>) =>
  [...byDay.values()].filter((f) => !isBlankDay(f)).sort((a, b) => (a.day < b.day ? -1 : 1));

/** Figures recomputed from every record (raw and archived). */
async function figures(db: LimberDb) {
  return dailyFigures((await readRecords(db, null, null, NOW)).records);
}

/** Figures as stored in `days`, what the Insights page shows. */
async function stored(db: LimberDb) {
  return readDayFigures(db, '2000-01-01', '2999-12-31', NOW);
}

describe('compactHistory', () => {
  it('packs events older than 90 days and keeps the 90 most recent days raw', async () => {
    const { db } = await freshDb();
    const d90 = addDays(TODAY, -90);
    const d91 = addDays(TODAY, -91);
    await plant(db, [ev('taken', 1, d91), ev('skipped', 2, d91), ev('taken', 3, d90), act(d91, 1000)]);
    const before = await stored(db);
    expect(await compactHistory(db, TODAY)).toEqual({ expired: 0, packedDays: 1, packedEvents: 2, rebuilt: 0 });
    // What is left raw in the history store, in key order.
    expect(await db.getAllKeys('history')).toEqual([`active:${d91}`, 'taken:3']);
    expect(await db.get('archive', d91)).toEqual({
      day: d91,
      events: [
        { kind: 'taken', at: 1 },
        { kind: 'skipped', at: 2 },
      ],
    });
    expect(await stored(db)).toEqual(before);
  });

  it('deletes everything older than two years (731 days with today) and keeps the rest', async () => {
    const { db } = await freshDb();
    const oldest = addDays(TODAY, -730);
    const gone = addDays(TODAY, -731);
    await plant(db, [act(gone, 1), ev('taken', 1, gone), act(oldest, 2), ev('taken', 2, oldest), act(TODAY, 3)]);
    await putRaw(db, 'archive', { day: gone, events: [{ kind: 'natural', at: 5 }] });
    const result = await compactHistory(db, TODAY);
    // history: 2 of the old day; archive: 1; figures: 1.
    expect(result.expired).toBe(4);
    expect([...(await figures(db)).keys()].sort()).toEqual([oldest, TODAY]);
    expect((await stored(db)).map((f) => f.day)).toEqual([oldest, TODAY]);
  });

  it('counts the two years from the newest recorded day when the clock is far ahead', async () => {
    const { db } = await freshDb();
    const lastUsed = addDays(TODAY, -5);
    await plant(db, [act(lastUsed, 1), act(addDays(TODAY, -700), 2)]);
    // The clock jumps five years ahead: nothing is deleted (only packing, which loses nothing, follows the clock).
    const result = await compactHistory(db, addDays(TODAY, 5 * 365));
    expect(result.expired).toBe(0);
    expect((await stored(db)).map((f) => f.day)).toEqual([addDays(TODAY, -700), lastUsed]);
    // Back to the real clock, with a new day recorded two years and a bit later: the old day goes.
    await plant(db, [act(addDays(TODAY, 40), 3)]);
    expect((await compactHistory(db, addDays(TODAY, 40))).expired).toBe(2);
  });

  it('moves more days than one batch holds, and a second run finds nothing to do', async () => {
    const { db } = await freshDb();
    const records = Array.from({ length: 3 * BATCH_DAYS + 7 }, (_, i) => ev('taken', i, addDays(TODAY, -100 - i)));
    await plant(db, records);
    expect(await compactHistory(db, TODAY)).toMatchObject({ packedDays: records.length, packedEvents: records.length });
    expect(await db.count('history')).toBe(0);
    expect(await compactHistory(db, TODAY)).toEqual({ expired: 0, packedDays: 0, packedEvents: 0, rebuilt: 0 });
  });

  it('merges late events into a day already packed, without duplicates', async () => {
    const { db } = await freshDb();
    const day = addDays(TODAY, -120);
    await plant(db, [ev('taken', 1, day)]);
    await compactHistory(db, TODAY);
    await plant(db, [ev('taken', 1, day), ev('natural', 2, day)]);
    await compactHistory(db, TODAY);
    expect((await db.get('days', day))?.taken).toBe(1);
    expect((await db.get('archive', day))?.events).toEqual([
      { kind: 'taken', at: 1 },
      { kind: 'natural', at: 2 },
    ]);
    expect((await figures(db)).get(day)).toMatchObject({ taken: 1, natural: 1 });
  });

  it('builds the figures of days that have records but none (history written by older code)', async () => {
    const { db } = await freshDb();
    await putRaw(db, 'history', { id: 'taken:5', day: '2025-05-10', kind: 'taken', at: 5, durationMs: 60_000 });
    await putRaw(db, 'archive', { day: '2025-01-10', events: [{ kind: 'skipped', at: 6 }] });
    expect(await stored(db)).toEqual([]);
    expect((await compactHistory(db, TODAY)).rebuilt).toBe(2);
    expect((await stored(db)).map((f) => [f.day, f.taken, f.skipped, f.breakMs])).toEqual([
      ['2025-01-10', 0, 1, 0],
      ['2025-05-10', 1, 0, 60_000],
    ]);
  });

  it('leaves damaged records for the reader, which removes and reports them', async () => {
    const { db } = await freshDb();
    const day = addDays(TODAY, -120);
    await putRaw(db, 'history', { id: 'taken:oops', day, kind: 'taken', at: 'noon' });
    await plant(db, [ev('taken', 1, day)]);
    await compactHistory(db, TODAY);
    expect(await db.count('history')).toBe(1);
    const read = await readRecords(db, null, null, NOW);
    expect(read.damaged).toEqual(['taken:oops: at must be a time (a number of ms, not negative)']);
    expect(await db.count('history')).toBe(0);
    expect((await readNotices(db))[0]?.message).toMatch(/1 damaged history records removed/);
  });

  it('changes no daily figure within the two years, whatever the history (property)', async () => {
    const day = fc.integer({ min: 0, max: 740 }).map((n) => addDays(TODAY, -n));
    const history = fc.record({
      events: fc.uniqueArray(fc.record({ kind: fc.constantFrom(...KINDS), at: fc.nat(1e12), day }), {
        selector: (e) => `${e.kind}:${e.at}`,
        maxLength: 40,
      }),
      totals: fc.uniqueArray(fc.tuple(day, fc.nat(3e7)), { selector: ([d]) => d, maxLength: 15 }),
      stretches: fc.uniqueArray(fc.tuple(day, fc.nat(1e7)), { selector: ([d]) => d, maxLength: 15 }),
    });
    await fc.assert(
      fc.asyncProperty(history, async ({ events, totals, stretches }) => {
        const { db } = await freshDb();
        await plant(db, [
          // In use today, so the two years end today (see the clock-ahead test for the other case).
          act(TODAY, 60_000),
          ...events.map((e) => ev(e.kind, e.at, e.day)),
          ...totals.map(([d, ms]) => act(d, ms)),
          ...stretches.map(([d, ms]) => ({ id: `stretch:${d}`, day: d, kind: 'longestStretch' as const, ms })),
        ]);
        const before = await figures(db);
        const storedBefore = await stored(db);
        expect(storedBefore).toEqual(nonBlank(before));
        await compactHistory(db, TODAY);
        const after = await figures(db);
        const oldest = addDays(TODAY, -730);
        expect(nonBlank(after)).toEqual(nonBlank(before).filter((f) => f.day >= oldest));
        expect(await stored(db)).toEqual(storedBefore.filter((f) => f.day >= oldest));
        db.close();
      }),
      { seed: 20250514, numRuns: 25 },
    );
  });
});

describe('runDailyMaintenance', () => {
  it('runs once per local day', async () => {
    const { db } = await freshDb();
    await plant(db, [ev('taken', 1, addDays(TODAY, -100))]);
    expect(await runDailyMaintenance(db, NOW)).toMatchObject({ packedEvents: 1 });
    await plant(db, [ev('taken', 2, addDays(TODAY, -100))]);
    expect(await runDailyMaintenance(db, NOW + 3_600_000)).toBeNull();
    expect(await runDailyMaintenance(db, NOW + 86_400_000)).toMatchObject({ packedEvents: 1 });
  });
});
