import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastDays } from '../../../src/core/insights/calendar.ts';
import { adherence, breaksDue, dailyFigures, emptyDay, isBlankDay } from '../../../src/core/insights/dailyFigures.ts';
import { rangeFigures, totals } from '../../../src/core/insights/rangeFigures.ts';
import { stretchRecord } from '../../../src/core/insights/stretchRecord.ts';
import { planHistory } from '../../../src/storage/stores/history.ts';
import { active, event, historyArb, SEED } from './records.ts';

const MIN = 60_000;

describe('dailyFigures', () => {
  it('counts each kind, sums active time and break time, keeps the longest stretch', () => {
    const day = '2025-05-14';
    const byDay = dailyFigures([
      active(day, 95 * MIN),
      event('taken', 1, day, 2 * MIN),
      event('taken', 2, day, 3 * MIN),
      event('natural', 3, day, 9 * MIN),
      event('snoozed', 4, day),
      event('skipped', 5, day),
      event('reminded', 6, day),
      event('short', 8, day, 20_000),
      stretchRecord(day, 41 * MIN),
    ]);
    // A short break is counted apart, and its length is not break time: it was no break.
    expect(byDay.get(day)).toEqual({
      day,
      activeMs: 95 * MIN,
      taken: 2,
      short: 1,
      natural: 1,
      snoozed: 1,
      skipped: 1,
      reminded: 1,
      breakMs: 5 * MIN,
      longestStretchMs: 41 * MIN,
    });
  });

  it('counts an event once even when it is seen twice (raw and packed)', () => {
    const e = event('taken', 7, '2025-05-14', MIN);
    expect(dailyFigures([e, { ...e }]).get('2025-05-14')?.taken).toBe(1);
  });

  it('fills days with no activity with zeros, and adherence is undefined there', () => {
    const byDay = dailyFigures([active('2025-05-12', MIN)]);
    const week = rangeFigures(byDay, ...(['2025-05-08', '2025-05-14'] as const));
    expect(week.map((d) => d.day)).toEqual(lastDays('2025-05-14', 7));
    expect(week.filter((d) => isBlankDay(d))).toHaveLength(6);
    expect(week[6]).toEqual(emptyDay('2025-05-14'));
    expect(adherence(emptyDay('2025-05-14'))).toBeNull();
    expect(totals(week).adherence).toBeNull();
  });

  it('defines adherence as (taken + natural) / (taken + natural + skipped)', () => {
    const f = { ...emptyDay('2025-05-14'), taken: 3, natural: 1, skipped: 4, snoozed: 9, reminded: 6 };
    expect(breaksDue(f)).toBe(8);
    expect(adherence(f)).toBe(0.5);
    expect(totals([f, { ...emptyDay('2025-05-15'), taken: 2 }]).adherence).toBe(0.6);
  });

  it('puts events either side of local midnight on their own days (as the writer dated them)', () => {
    const midnight = new Date(2025, 4, 15).getTime();
    const plan = planHistory([
      { kind: 'taken', at: midnight - 1, durationMs: MIN },
      { kind: 'taken', at: midnight, durationMs: MIN },
    ]);
    const byDay = dailyFigures(plan.events);
    expect(byDay.get('2025-05-14')?.taken).toBe(1);
    expect(byDay.get('2025-05-15')?.taken).toBe(1);
  });

  it('handles the 23-hour and 25-hour days: events at 01:30 and 03:30 local, active time up to 25 h', () => {
    // 2025-10-26 in Berlin: 02:00-03:00 happens twice; 2025-03-30: 02:00-03:00 does not happen.
    const fallBack = [new Date(2025, 9, 26, 1, 30).getTime(), new Date(2025, 9, 26, 23, 59).getTime()];
    const springForward = [new Date(2025, 2, 30, 0, 30).getTime(), new Date(2025, 2, 30, 3, 30).getTime()];
    const plan = planHistory([
      ...fallBack.map((at) => ({ kind: 'natural' as const, at })),
      ...springForward.map((at) => ({ kind: 'skipped' as const, at })),
      { kind: 'active', day: '2025-10-26', ms: 25 * 3_600_000 },
    ]);
    const byDay = dailyFigures([...plan.events, active('2025-10-26', 25 * 3_600_000)]);
    expect(byDay.get('2025-10-26')).toMatchObject({ natural: 2, activeMs: 25 * 3_600_000 });
    expect(byDay.get('2025-03-30')?.skipped).toBe(2);
    const range = rangeFigures(byDay, '2025-03-29', '2025-10-27');
    expect(range).toHaveLength(213);
    expect(totals(range)).toMatchObject({ natural: 2, skipped: 2, activeMs: 25 * 3_600_000 });
  });

  it('totals equal the records counted by kind, whatever the history (property)', () => {
    fc.assert(
      fc.property(historyArb, (records) => {
        const byDay = dailyFigures(records);
        const range = rangeFigures(byDay, '2025-03-01', '2025-11-01');
        const sum = totals(range);
        const count = (kind: string) => records.filter((r) => r.kind === kind).length;
        expect(sum.taken).toBe(count('taken'));
        expect(sum.natural).toBe(count('natural'));
        expect(sum.snoozed).toBe(count('snoozed'));
        expect(sum.skipped).toBe(count('skipped'));
        expect(sum.reminded).toBe(count('reminded'));
        const activeMs = records.reduce((n, r) => n + (r.kind === 'active' ? r.ms : 0), 0);
        expect(sum.activeMs).toBe(activeMs);
        for (const d of range) {
          const share = adherence(d);
          if (share !== null) expect(share).toBeGreaterThanOrEqual(0);
          if (share !== null) expect(share).toBeLessThanOrEqual(1);
        }
        // Filling empty days adds no figure; the order of records changes none.
        const reversed = totals(rangeFigures(dailyFigures([...records].reverse()), '2025-03-01', '2025-11-01'));
        expect(reversed).toEqual(sum);
      }),
      SEED,
    );
  });
});
