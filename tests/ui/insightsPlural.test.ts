import { expect, test } from 'vitest';
import { daysText } from '../../src/ui/insights/format.ts';

test('a streak of one day is singular, others plural (English)', () => {
  expect(daysText(1)).toBe('1 day');
  expect(daysText(0)).toBe('0 days');
  expect(daysText(4)).toBe('4 days');
});
