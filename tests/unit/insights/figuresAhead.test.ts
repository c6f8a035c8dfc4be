import { describe, expect, test } from 'vitest';
import { emptyDay } from '../../../src/core/insights/dailyFigures.ts';
import { figuresAhead } from '../../../src/core/insights/figuresAhead.ts';

const DAY = '2026-03-02';
const stored = { ...emptyDay(DAY), activeMs: 600_000, taken: 2, natural: 1 };

describe('figuresAhead: a day as the step write will leave it, when that is certain', () => {
  test('sitting time of the day adds to its active total; other days are not this one', () => {
    const next = figuresAhead(stored, [
      { kind: 'active', day: DAY, ms: 60_000 },
      { kind: 'active', day: '2026-03-01', ms: 30_000 },
      { kind: 'active', day: DAY, ms: 5_000 },
    ]);
    expect(next).toEqual({ ...stored, activeMs: 665_000 });
  });

  test('rule 1 takes time back, never below 0, as the write does', () => {
    expect(figuresAhead(stored, [{ kind: 'active', day: DAY, ms: -60_000 }])?.activeMs).toBe(540_000);
    expect(figuresAhead(stored, [{ kind: 'active', day: DAY, ms: -900_000 }])?.activeMs).toBe(0);
  });

  test('no records: the stored figures as they are', () => {
    expect(figuresAhead(stored, [])).toBe(stored);
  });

  test('any other record, or one the write would refuse: not certain (null)', () => {
    expect(figuresAhead(stored, [{ kind: 'natural', at: Date.UTC(2026, 2, 2, 12) }])).toBeNull();
    expect(
      figuresAhead(stored, [
        { kind: 'active', day: DAY, ms: 1_000 },
        { kind: 'taken', at: Date.UTC(2026, 2, 2, 12), durationMs: 120_000 },
      ]),
    ).toBeNull();
    expect(figuresAhead(stored, [{ kind: 'active', day: DAY, ms: Number.NaN }])).toBeNull();
    expect(figuresAhead(stored, [{ kind: 'active', day: 'yesterday', ms: 1_000 }])).toBeNull();
  });
});
