/** Arbitraries and builders of history records shared by the insights tests (seeded fast-check). */
import fc from 'fast-check';
import { type InsightRecord, stretchRecord } from '../../../src/core/insights/stretchRecord.ts';
import type { HistoryKind } from '../../../src/core/schedulerTypes.ts';
import type { HistoryEventRecord } from '../../../src/storage/schema.ts';

export const SEED = { seed: 20250514 };
const KINDS: HistoryKind[] = ['taken', 'natural', 'snoozed', 'skipped', 'reminded'];

export function event(kind: HistoryKind, at: number, day: string, durationMs?: number): HistoryEventRecord {
  const r: HistoryEventRecord = { id: `${kind}:${at}`, day, kind, at };
  if (durationMs !== undefined) r.durationMs = durationMs;
  return r;
}

export const active = (day: string, ms: number): InsightRecord => ({ id: `active:${day}`, day, kind: 'active', ms });

const DAYS = ['2025-03-29', '2025-03-30', '2025-03-31', '2025-05-13', '2025-05-14', '2025-10-26'];
const dayIndex = fc.integer({ min: 0, max: DAYS.length - 1 });

/** A consistent history: unique event ids, one active and at most one stretch record per day. */
export const historyArb: fc.Arbitrary<InsightRecord[]> = fc
  .record({
    events: fc.uniqueArray(
      fc.record({
        kind: fc.constantFrom(...KINDS),
        at: fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }),
        day: dayIndex,
        duration: fc.option(fc.integer({ min: 0, max: 30 * 60_000 }), { nil: undefined }),
      }),
      { selector: (e) => `${e.kind}:${e.at}`, maxLength: 60 },
    ),
    active: fc.uniqueArray(fc.tuple(dayIndex, fc.integer({ min: 0, max: 16 * 3_600_000 })), {
      selector: ([d]) => d,
    }),
    stretch: fc.uniqueArray(fc.tuple(dayIndex, fc.integer({ min: 1, max: 4 * 3_600_000 })), { selector: ([d]) => d }),
  })
  .map(({ events, active: totals, stretch }) => [
    ...events.map((e) =>
      event(e.kind, e.at, DAYS[e.day] as string, e.kind === 'taken' || e.kind === 'natural' ? e.duration : undefined),
    ),
    ...totals.map(([d, ms]) => active(DAYS[d] as string, ms)),
    ...stretch.map(([d, ms]) => stretchRecord(DAYS[d] as string, ms)),
  ]);
