/** The real-input test's expectations (tests/real-input/sittingRule.ts) on hand-made timelines. */
import { describe, expect, test } from 'vitest';
import { expectedReminderAt, sittingMsAt } from '../real-input/sittingRule.ts';

const S = 1000;
const RULE = { workMs: 300 * S, naturalMs: 60 * S };

describe('sitting rule', () => {
  test('input counts from the start; without absences the reminder is W later', () => {
    expect(sittingMsAt(55 * S, 0, [], RULE)).toBe(55 * S);
    expect(expectedReminderAt(0, [], RULE)).toBe(300 * S);
  });

  test('an absence of at least N counts until N, is then no sitting, and the count starts over at the return', () => {
    const absences = [{ from: 60 * S, to: 140 * S }];
    expect(sittingMsAt(100 * S, 0, absences, RULE)).toBe(100 * S);
    expect(sittingMsAt(130 * S, 0, absences, RULE)).toBe(0);
    expect(sittingMsAt(144 * S, 0, absences, RULE)).toBe(4 * S);
    expect(expectedReminderAt(0, absences, RULE)).toBe(440 * S);
  });

  test('a shorter absence is part of the session: it counts, and the session goes on', () => {
    const absences = [
      { from: 60 * S, to: 140 * S },
      { from: 200 * S, to: 240 * S },
    ];
    expect(sittingMsAt(220 * S, 0, absences, RULE)).toBe(80 * S);
    expect(sittingMsAt(244 * S, 0, absences, RULE)).toBe(104 * S);
    expect(expectedReminderAt(0, absences, RULE)).toBe(440 * S);
  });

  test('a reminder due before an absence becomes a natural break is not moved by it', () => {
    expect(expectedReminderAt(0, [{ from: 400 * S, to: 500 * S }], RULE)).toBe(300 * S);
    // Due while the absence still counts (N not reached yet): due on time.
    expect(expectedReminderAt(0, [{ from: 270 * S, to: 400 * S }], RULE)).toBe(300 * S);
  });
});
