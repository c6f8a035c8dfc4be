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

  test('an absence of at least N starts the count over from the return', () => {
    const absences = [{ from: 60 * S, to: 140 * S }];
    expect(sittingMsAt(100 * S, 0, absences, RULE)).toBe(60 * S);
    expect(sittingMsAt(144 * S, 0, absences, RULE)).toBe(4 * S);
    expect(expectedReminderAt(0, absences, RULE)).toBe(440 * S);
  });

  test('a shorter absence keeps what was counted and adds nothing', () => {
    const absences = [
      { from: 60 * S, to: 140 * S },
      { from: 200 * S, to: 240 * S },
    ];
    expect(sittingMsAt(244 * S, 0, absences, RULE)).toBe(64 * S);
    expect(expectedReminderAt(0, absences, RULE)).toBe(480 * S);
  });

  test('a reminder due before an absence is not moved by it', () => {
    expect(expectedReminderAt(0, [{ from: 400 * S, to: 500 * S }], RULE)).toBe(300 * S);
  });
});
