/**
 * The `short` history kind on fake-indexeddb: a short break is stored and counted apart (not kept),
 * travels through a backup and back, and data written before it existed still reads as it was:
 * a day's figures without a `short` count are read as 0 (there were none), with no repair notice.
 */
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../src/core/insights/backupFormat.ts';
import { parseBackup } from '../../src/core/insights/backupParse.ts';
import { adherence } from '../../src/core/insights/dailyFigures.ts';
import { dayKey } from '../../src/core/localDay.ts';
import { initialState } from '../../src/core/schedulerState.ts';
import { exportHistory, importHistory } from '../../src/storage/operations/backup.ts';
import { commitStep } from '../../src/storage/operations/commitStep.ts';
import { readDayFigures } from '../../src/storage/stores/days.ts';
import { readNotices } from '../../src/storage/stores/meta.ts';
import { freshDb, NOW, putRaw } from './dbFixture.ts';

const TODAY = dayKey(NOW);

describe('short breaks in storage', () => {
  it('a short break is stored, counted apart and not kept', async () => {
    const { db } = await freshDb();
    await commitStep(
      db,
      initialState(NOW),
      [
        { kind: 'taken', at: NOW - 60_000, durationMs: 120_000 },
        { kind: 'short', at: NOW, durationMs: 3_000 },
      ],
      NOW,
    );
    const [today] = await readDayFigures(db, TODAY, TODAY, NOW);
    expect(today).toMatchObject({ taken: 1, short: 1, breakMs: 120_000 });
    expect(adherence(today as NonNullable<typeof today>)).toBe(0.5);
  });

  it('a day written before short breaks existed reads as none, without a repair', async () => {
    const { db } = await freshDb();
    const older = {
      day: TODAY,
      activeMs: 60_000,
      taken: 1,
      natural: 0,
      snoozed: 0,
      skipped: 0,
      reminded: 1,
      breakMs: 120_000,
      longestStretchMs: 0,
    };
    await putRaw(db, 'days', older);
    expect(await readDayFigures(db, TODAY, TODAY, NOW)).toEqual([{ ...older, short: 0 }]);
    expect(await readNotices(db)).toEqual([]);
  });

  it('exports a short break and imports it into an empty profile; an older backup without any still imports', async () => {
    const { db } = await freshDb();
    await commitStep(db, initialState(NOW), [{ kind: 'short', at: NOW, durationMs: 3_000 }], NOW);
    const text = exportBackup(await exportHistory(db, NOW), NOW);
    const parsed = parseBackup(text, NOW);
    expect(parsed.ok).toBe(true);
    const { db: other } = await freshDb();
    if (parsed.ok) await importHistory(other, parsed.records, NOW);
    expect((await readDayFigures(other, TODAY, TODAY, NOW))[0]?.short).toBe(1);
    const old = `{"format":"limber-history","version":1,"exportedAt":"2025-05-14T10:00:00.000Z","records":[
{"id":"skipped:${NOW - 5_000}","day":"${TODAY}","kind":"skipped","at":${NOW - 5_000},"durationMs":5000},
{"id":"taken:${NOW}","day":"${TODAY}","kind":"taken","at":${NOW},"durationMs":120000}
]}`;
    expect(parseBackup(old, NOW).ok).toBe(true);
  });
});
