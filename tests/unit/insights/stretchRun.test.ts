import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceRun } from '../../../src/core/insights/stretchRun.ts';
import type { HistoryEntry } from '../../../src/core/schedulerTypes.ts';
import { SEED } from './records.ts';

const MIN = 60_000;
const act = (day: string, minutes: number): HistoryEntry => ({ kind: 'active', day, ms: minutes * MIN });

describe('advanceRun (longest unbroken active stretch)', () => {
  it('grows with active time and records the peak per day', () => {
    const step = advanceRun(10 * MIN, [act('2025-05-14', 5), act('2025-05-14', 5)]);
    expect(step.run).toBe(20 * MIN);
    expect(step.peaks).toEqual(new Map([['2025-05-14', 20 * MIN]]));
  });

  it('ends at a break taken or a natural break, not at a skip or a snooze', () => {
    const day = '2025-05-14';
    const step = advanceRun(0, [
      act(day, 30),
      { kind: 'skipped', at: 1 },
      { kind: 'snoozed', at: 2 },
      { kind: 'reminded', at: 3 },
      act(day, 30),
      { kind: 'natural', at: 4, durationMs: 6 * MIN },
      act(day, 10),
      { kind: 'taken', at: 5, durationMs: 2 * MIN },
    ]);
    expect(step.peaks.get(day)).toBe(60 * MIN);
    expect(step.run).toBe(0);
  });

  it('carries a run over midnight and counts it on the day it reached its length', () => {
    const step = advanceRun(50 * MIN, [act('2025-05-14', 5), act('2025-05-15', 20)]);
    expect(step.peaks).toEqual(
      new Map([
        ['2025-05-14', 55 * MIN],
        ['2025-05-15', 75 * MIN],
      ]),
    );
  });

  it('ignores invalid entries and a corrupt starting run', () => {
    const bad = [{ kind: 'active', day: 'yesterday', ms: 5 }] as unknown as HistoryEntry[];
    expect(advanceRun(Number.NaN, bad)).toEqual({ run: 0, peaks: new Map() });
    expect(advanceRun(-5, [act('2025-05-14', 1)]).run).toBe(MIN);
  });

  it('never goes below 0 and no peak exceeds the run plus the active time (property)', () => {
    const entry = fc.oneof(
      fc.integer({ min: -5, max: 60 }).map((m) => act('2025-05-14', m)),
      fc.constantFrom<HistoryEntry>({ kind: 'taken', at: 1 }, { kind: 'natural', at: 2 }, { kind: 'skipped', at: 3 }),
    );
    fc.assert(
      fc.property(fc.nat(120 * MIN), fc.array(entry, { maxLength: 40 }), (start, entries) => {
        const { run, peaks } = advanceRun(start, entries);
        expect(run).toBeGreaterThanOrEqual(0);
        const added = entries.reduce((n, e) => n + (e.kind === 'active' && e.ms > 0 ? e.ms : 0), 0);
        for (const peak of peaks.values()) expect(peak).toBeLessThanOrEqual(start + added);
        // Without breaks, the run is the plain running total.
        if (
          !entries.some((e) => e.kind === 'taken' || e.kind === 'natural') &&
          entries.every((e) => e.kind !== 'active' || e.ms >= 0)
        ) {
          expect(run).toBe(start + added);
        }
      }),
      SEED,
    );
  });
});
