/**
 * What schema v2 carries: the longest stretch written with each scheduler step, and history backups
 * (export, then import merged without duplicates, exact round trip) over raw and packed days.
 */
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../src/core/insights/backupFormat.ts';
import { parseBackup } from '../../src/core/insights/backupParse.ts';
import { addDays } from '../../src/core/insights/calendar.ts';
import { emptyDay } from '../../src/core/insights/dailyFigures.ts';
import type { InsightRecord } from '../../src/core/insights/stretchRecord.ts';
import { initialState } from '../../src/core/schedulerState.ts';
import type { HistoryEntry } from '../../src/core/schedulerTypes.ts';
import { exportHistory, importHistory } from '../../src/storage/operations/backup.ts';
import { commitStep } from '../../src/storage/operations/commitStep.ts';
import { compactHistory } from '../../src/storage/operations/compaction.ts';
import { readRecords } from '../../src/storage/operations/readRecords.ts';
import type { LimberDb } from '../../src/storage/schema.ts';
import { readDayFigures } from '../../src/storage/stores/days.ts';
import { readNotices, readNumber } from '../../src/storage/stores/meta.ts';
import { freshDb, NOW, putRaw } from './dbFixture.ts';
import { plant } from './figuresFixture.ts';

const MIN = 60_000;
const TODAY = '2025-05-14';
const state = initialState(NOW);
const act = (day: string, minutes: number): HistoryEntry => ({ kind: 'active', day, ms: minutes * MIN });

async function step(db: LimberDb, entries: HistoryEntry[]) {
  await commitStep(db, state, entries, NOW);
}

describe('longest stretch through commitStep', () => {
  it('keeps the day maximum across steps; a skip does not end the run, a break does', async () => {
    const { db } = await freshDb();
    await step(db, [act(TODAY, 20)]);
    await step(db, [act(TODAY, 10), { kind: 'skipped', at: NOW }]);
    await step(db, [act(TODAY, 15)]);
    expect((await db.get('days', TODAY))?.longestStretchMs).toBe(45 * MIN);
    await step(db, [{ kind: 'taken', at: NOW + 1, durationMs: 2 * MIN }]);
    await step(db, [act(TODAY, 5)]);
    expect((await db.get('days', TODAY))?.longestStretchMs).toBe(45 * MIN);
    expect(await readNumber(db, 'stretchRun')).toBe(5 * MIN);
  });

  it('counts a run over midnight on the day it reached its length', async () => {
    const { db } = await freshDb();
    await step(db, [act('2025-05-13', 40)]);
    await step(db, [act('2025-05-13', 10), act(TODAY, 15)]);
    expect((await db.get('days', '2025-05-13'))?.longestStretchMs).toBe(50 * MIN);
    expect((await db.get('days', TODAY))?.longestStretchMs).toBe(65 * MIN);
  });

  it('keeps every figure of the day equal to its history, step after step', async () => {
    const { db } = await freshDb();
    await step(db, [act(TODAY, 10), { kind: 'reminded', at: NOW }, { kind: 'snoozed', at: NOW + 1 }]);
    await step(db, [act(TODAY, 5), { kind: 'taken', at: NOW + 2, durationMs: 2 * MIN }]);
    await step(db, [act(TODAY, 1), { kind: 'skipped', at: NOW + 3 }]);
    expect(await db.get('days', TODAY)).toEqual({
      ...emptyDay(TODAY),
      activeMs: 16 * MIN,
      reminded: 1,
      snoozed: 1,
      taken: 1,
      skipped: 1,
      breakMs: 2 * MIN,
      longestStretchMs: 15 * MIN,
    });
  });

  it('rebuilds a damaged figures record from history, around the new stretch', async () => {
    const { db } = await freshDb();
    await putRaw(db, 'days', { day: TODAY, activeMs: 'lots', longestStretchMs: 50 * MIN });
    await step(db, [act(TODAY, 3)]);
    expect(await db.get('days', TODAY)).toEqual({ ...emptyDay(TODAY), activeMs: 3 * MIN, longestStretchMs: 3 * MIN });
  });
});

const sample = (): InsightRecord[] => {
  const old = addDays(TODAY, -200);
  // Times on their day, as the scheduler writes them: an import refuses a time off its day.
  const noon = Date.parse(`${old}T12:00:00Z`);
  return [
    { id: `active:${old}`, day: old, kind: 'active', ms: 3_000_000 },
    { id: `taken:${noon + 1000}`, day: old, kind: 'taken', at: noon + 1000, durationMs: 120_000 },
    { id: `skipped:${noon + 2000}`, day: old, kind: 'skipped', at: noon + 2000 },
    { id: `stretch:${old}`, day: old, kind: 'longestStretch', ms: 1_800_000 },
    { id: `active:${TODAY}`, day: TODAY, kind: 'active', ms: 5_000_000 },
    { id: `natural:${NOW}`, day: TODAY, kind: 'natural', at: NOW, durationMs: 400_000 },
    { id: `stretch:${TODAY}`, day: TODAY, kind: 'longestStretch', ms: 2_000_000 },
  ];
};

async function exported(db: LimberDb) {
  const text = exportBackup(await exportHistory(db, NOW), NOW);
  const parsed = parseBackup(text, NOW);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return { text, records: parsed.records };
}

describe('history backup against the database', () => {
  it('export then import into an empty profile round-trips exactly, packed days included', async () => {
    const { db: source } = await freshDb();
    const first = await importHistory(source, sample(), NOW);
    expect(first).toEqual({ added: 7, raised: 0, unchanged: 0, tooOld: 0 });
    // The old day's events were packed by the import's compaction.
    expect((await source.get('archive', addDays(TODAY, -200)))?.events).toHaveLength(2);
    expect(await readDayFigures(source, '2000-01-01', TODAY, NOW)).toEqual([
      {
        ...emptyDay(addDays(TODAY, -200)),
        activeMs: 3_000_000,
        taken: 1,
        skipped: 1,
        breakMs: 120_000,
        longestStretchMs: 1_800_000,
      },
      { ...emptyDay(TODAY), activeMs: 5_000_000, natural: 1, longestStretchMs: 2_000_000 },
    ]);
    const a = await exported(source);
    const { db: target } = await freshDb();
    await importHistory(target, a.records, NOW);
    const b = await exported(target);
    expect(b.text).toBe(a.text);
    expect(await readDayFigures(target, '2000-01-01', TODAY, NOW)).toEqual(
      await readDayFigures(source, '2000-01-01', TODAY, NOW),
    );
    expect(b.records).toHaveLength(7);
  });

  it('reports its progress as the records are written, up to all of them', async () => {
    const { db } = await freshDb();
    const noon = Date.parse(`${TODAY}T12:00:00Z`);
    const many: InsightRecord[] = Array.from({ length: 1_000 }, (_, i) => ({
      id: `snoozed:${noon + i}`,
      day: TODAY,
      kind: 'snoozed',
      at: noon + i,
    }));
    const seen: [number, number][] = [];
    await importHistory(db, many, NOW, (done, total) => seen.push([done, total]));
    expect(seen.length).toBeGreaterThanOrEqual(100);
    expect(seen.at(-1)).toEqual([1_000, 1_000]);
    expect(seen.every(([done], i) => i === 0 || done > (seen[i - 1]?.[0] ?? 0))).toBe(true);
    expect((await db.get('days', TODAY))?.snoozed).toBe(1_000);
  });

  it('importing the same backup again adds nothing, and totals only go up', async () => {
    const { db } = await freshDb();
    await importHistory(db, sample(), NOW);
    const before = await exported(db);
    expect(await importHistory(db, sample(), NOW)).toEqual({ added: 0, raised: 0, unchanged: 7, tooOld: 0 });
    const lower = sample().map((r) => ('ms' in r ? { ...r, ms: 1 } : r));
    expect(await importHistory(db, lower, NOW)).toMatchObject({ added: 0, raised: 0 });
    expect((await exported(db)).text).toBe(before.text);
    const higher: InsightRecord = { id: `active:${TODAY}`, day: TODAY, kind: 'active', ms: 9_000_000 };
    expect(await importHistory(db, [higher], NOW)).toMatchObject({ raised: 1 });
  });

  it('merges with what is already there, raw or packed, and skips days beyond two years', async () => {
    const { db } = await freshDb();
    const old = addDays(TODAY, -200);
    const noon = Date.parse(`${old}T12:00:00Z`);
    await plant(db, [
      { id: `taken:${noon + 1000}`, day: old, kind: 'taken', at: noon + 1000, durationMs: 120_000 },
      { id: `reminded:${noon + 900}`, day: old, kind: 'reminded', at: noon + 900 },
    ]);
    await compactHistory(db, TODAY);
    const ancient: InsightRecord = { id: 'active:2020-01-01', day: '2020-01-01', kind: 'active', ms: 5 };
    expect(await importHistory(db, [...sample(), ancient], NOW)).toEqual({
      added: 6,
      raised: 0,
      unchanged: 1,
      tooOld: 1,
    });
    const records = (await readRecords(db, null, null, NOW)).records;
    expect(records.filter((r) => r.day === old && r.kind !== 'active' && r.kind !== 'longestStretch')).toHaveLength(3);
    expect(await db.count('history', `taken:${noon + 1000}`)).toBe(0);
    expect(await db.get('days', old)).toMatchObject({ taken: 1, skipped: 1, reminded: 1, activeMs: 3_000_000 });
    expect(await readNotices(db)).toEqual([]);
  });
});
