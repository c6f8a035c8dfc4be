/** Where a reminder is shown first (src/core/reminderChannel.ts). */
import { describe, expect, test } from 'vitest';
import { firstReminderChannel } from '../../src/core/reminderChannel.ts';

describe('firstReminderChannel', () => {
  test('the notification by default, also where the browser cannot say whether it is allowed', () => {
    expect(firstReminderChannel('notification', 'granted')).toBe('notification');
    expect(firstReminderChannel('notification', 'unknown')).toBe('notification');
  });
  test('the window when asked for, and when notifications from Limber are blocked', () => {
    expect(firstReminderChannel('window', 'granted')).toBe('window');
    expect(firstReminderChannel('window', 'unknown')).toBe('window');
    expect(firstReminderChannel('notification', 'denied')).toBe('window');
  });
});
