/**
 * Hostile history backups, generated with fast-check, against a real database (fake-indexeddb): each
 * is refused with a reason, by the parser and by the import itself (for records that are well formed
 * but make no sense), and the database is exactly as it was, store by store, key by key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '../../src/core/insights/backupFormat.ts';
import { parseBackup } from '../../src/core/insights/backupParse.ts';
import { MOST_PER_DAY } from '../../src/core/insights/backupSense.ts';
import type { InsightRecord } from '../../src/core/insights/stretchRecord.ts';
import type { HistoryKind } from '../../src/core/schedulerTypes.ts';
import { importHistory } from '../../src/storage/operations/backup.ts';
import type { LimberDb } from '../../src/storage/schema.ts';
import { freshDb, NOW } from './dbFixture.ts';

const DAY = '2025-05-14';
const MIN = 60_000;
const HOUR = 60 * MIN;
const STORES = ['prefs', 'state', 'history', 'checklist', 'meta', 'days', 'archive'] as const;

const ev = (kind: HistoryKind, at: number, day = DAY, durationMs?: number): InsightRecord =>
  durationMs === undefined
    ? { id: `${kind}:${at}`, day, kind, at }
    : { id: `${kind}:${at}`, day, kind, at, durationMs };
const text = (records: unknown[]) =>
  JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: '2025-05-14T10:00:00.000Z', records });

/** A plausible backup to hide the hostile part in. */
const base: InsightRecord[] = [
  { id: `active:${DAY}`, day: DAY, kind: 'active', ms: 3 * HOUR },
  ev('taken', NOW - 2 * HOUR, DAY, 2 * MIN),
  ev('natural', NOW - HOUR, DAY, 7 * MIN),
];

const at = fc.integer({ min: NOW - 8 * HOUR, max: NOW });
const farDay = fc
  .date({ min: new Date('2025-05-16T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const oldDay = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2019-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Records that are well formed, so only sense can refuse them. */
const senseless: fc.Arbitrary<InsightRecord[]> = fc.oneof(
  farDay.map((day) => [{ id: `active:${day}`, day, kind: 'active', ms: MIN } as InsightRecord]),
  oldDay.map((day) => [{ id: `active:${day}`, day, kind: 'active', ms: MIN } as InsightRecord]),
  fc.tuple(at, fc.integer({ min: 2, max: 300 })).map(([t, days]) => [ev('snoozed', t - days * 24 * HOUR, DAY)]),
  fc
    .integer({ min: 25 * HOUR + 1, max: 1e12 })
    .map((ms) => [{ id: `active:${DAY}`, day: DAY, kind: 'active', ms } as InsightRecord]),
  fc.tuple(at, fc.integer({ min: 40 * MIN + 1, max: 1e9 })).map(([t, d]) => [ev('taken', t, DAY, d)]),
  fc.tuple(at, fc.integer({ min: 0, max: MIN - 1 })).map(([t, d]) => [ev('natural', t, DAY, d)]),
  fc.tuple(at, fc.integer({ min: 1, max: HOUR })).map(([t, d]) => [ev('reminded', t, DAY, d)]),
  fc
    .tuple(
      fc.constantFrom<HistoryKind>('taken', 'short', 'natural', 'reminded', 'skipped', 'snoozed'),
      fc.integer({ min: 1, max: 20 }),
    )
    .map(([kind, extra]) =>
      Array.from({ length: MOST_PER_DAY[kind] + extra }, (_, i) =>
        ev(kind, Date.UTC(2025, 4, 14) + i * 1_000, DAY, kind === 'natural' ? MIN : undefined),
      ),
    ),
);

/** Not even well formed: every field a person could get wrong, and things that are not records. */
const malformed: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .constantFrom('NaN', null, -1, '3 h', {}, [], true)
    .map((ms) => ({ id: `active:${DAY}`, day: DAY, kind: 'active', ms })),
  fc
    .constantFrom('2025-5-14', '14.05.2025', '', 20250514)
    .map((day) => ({ id: `active:${day}`, day, kind: 'active', ms: 1 })),
  fc.string().map((kind) => ({ id: `${kind}:1`, day: DAY, kind, at: NOW })),
  fc
    .constantFrom(-5, 'soon', null, Number.MAX_VALUE * 0)
    .map((t) => ({ id: `taken:${t}`, day: DAY, kind: 'taken', at: t })),
  fc.string({ minLength: 1 }).map((key) => ({ ...ev('taken', NOW), [`x${key}`]: 1 })),
  fc.jsonValue({ maxDepth: 2 }).filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
);

async function dump(db: LimberDb): Promise<unknown> {
  const out: Record<string, unknown> = {};
  for (const store of STORES) {
    const tx = db.transaction(store);
    out[store] = [await tx.store.getAllKeys(), await tx.store.getAll()];
    await tx.done;
  }
  return out;
}

describe('hostile backups against the database', () => {
  it('records that make no sense are refused by the parser and by the import, and nothing changes', async () => {
    const { db } = await freshDb();
    await importHistory(db, base, NOW);
    const before = await dump(db);
    await fc.assert(
      fc.asyncProperty(senseless, fc.nat(), async (bad, position) => {
        const records = [...base];
        records.splice(position % (records.length + 1), 0, ...bad);
        const parsed = parseBackup(text(records), NOW);
        expect(parsed.ok).toBe(false);
        // Refused for its sense, or (a total for a day the backup already has) as a repeated record.
        if (!parsed.ok) expect(parsed.problems.some((p) => /^(rec_|day_|duplicate$)/.test(p.code))).toBe(true);
        await expect(importHistory(db, records, NOW)).rejects.toThrow();
        expect(await dump(db)).toEqual(before);
      }),
      { seed: 20_260_302, numRuns: 60 },
    );
  }, 120_000);

  it('malformed records are refused with a reason naming the record, and nothing changes', async () => {
    const { db } = await freshDb();
    await importHistory(db, base, NOW);
    const before = await dump(db);
    fc.assert(
      fc.property(malformed, fc.nat(), (bad, position) => {
        const records: unknown[] = [...base];
        const index = position % (records.length + 1);
        records.splice(index, 0, bad);
        const parsed = parseBackup(text(records), NOW);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.problems.map((p) => p.message).join(' ')).toContain(`Record ${index + 1}`);
      }),
      { seed: 20_260_302, numRuns: 200 },
    );
    expect(await dump(db)).toEqual(before);
  });
});
