/** Arbitraries and builders of history records shared by the insights tests (seeded fast-check). */
import fc from 'fast-check';
import type { HistoryEventRecord } from '../../../src/core/historyRecords.ts';
import { type InsightRecord, stretchRecord } from '../../../src/core/insights/stretchRecord.ts';
import type { HistoryKind } from '../../../src/core/schedulerTypes.ts';

export const SEED = { seed: 20250514 };
const KINDS: HistoryKind[] = ['taken', 'short', 'natural', 'snoozed', 'skipped', 'reminded'];

export function event(kind: HistoryKind, at: number, day: string, durationMs?: number): HistoryEventRecord {
  const r: HistoryEventRecord = { id: `${kind}:${at}`, day, kind, at };
  if (durationMs !== undefined) r.durationMs = durationMs;
  return r;
}

export const active = (day: string, ms: number): InsightRecord => ({ id: `active:${day}`, day, kind: 'active', ms });

const DAYS = ['2025-03-29', '2025-03-30', '2025-03-31', '2025-05-13', '2025-05-14', '2025-10-26'];
const dayIndex = fc.integer({ min: 0, max: DAYS.length - 1 });

/** UTC midnight starting a day key. */
const utcMidnight = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * A consistent history as Limber writes it: unique event ids, each event's day the local day of its
 * time (here: a time within that UTC day, which is its local day in UTC itself), lengths only where
 * Limber records them (a guided break up to 30 min, a natural break of at least N = 1 min), one
 * active and at most one stretch record per day.
 */
export const historyArb: fc.Arbitrary<InsightRecord[]> = fc
  .record({
    events: fc.uniqueArray(
      fc.record({
        kind: fc.constantFrom(...KINDS),
        within: fc.integer({ min: 0, max: 86_400_000 - 1 }),
        day: dayIndex,
        duration: fc.option(fc.integer({ min: 0, max: 30 * 60_000 }), { nil: undefined }),
      }),
      { selector: (e) => `${e.kind}:${utcMidnight(DAYS[e.day] as string) + e.within}`, maxLength: 60 },
    ),
    active: fc.uniqueArray(fc.tuple(dayIndex, fc.integer({ min: 0, max: 16 * 3_600_000 })), {
      selector: ([d]) => d,
    }),
    stretch: fc.uniqueArray(fc.tuple(dayIndex, fc.integer({ min: 1, max: 4 * 3_600_000 })), { selector: ([d]) => d }),
  })
  .map(({ events, active: totals, stretch }) => [
    ...events.map((e) => {
      const day = DAYS[e.day] as string;
      const length =
        e.kind === 'taken' || e.kind === 'short'
          ? e.duration
          : e.kind === 'natural' && e.duration !== undefined
            ? 60_000 + e.duration
            : undefined;
      return event(e.kind, utcMidnight(day) + e.within, day, length);
    }),
    ...totals.map(([d, ms]) => active(DAYS[d] as string, ms)),
    ...stretch.map(([d, ms]) => stretchRecord(DAYS[d] as string, ms)),
  ]);
