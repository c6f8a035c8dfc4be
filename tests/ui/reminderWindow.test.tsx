// @vitest-environment happy-dom
/** The reminder window offers only what means something: snooze and skip while a break is due. */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Status } from '../../src/core/status.ts';
import { request } from '../../src/messaging/client.ts';
import { ReminderWindow } from '../../src/ui/reminder/ReminderWindow.tsx';
import { statusOf } from './popupFixtures.ts';

vi.mock('../../src/messaging/client.ts', () => ({ request: vi.fn() }));
afterEach(() => {
  cleanup();
  vi.mocked(request).mockReset();
});

async function open(status: Status) {
  vi.mocked(request).mockResolvedValue(status as never);
  render(<ReminderWindow />);
  await waitFor(() => expect(request).toHaveBeenCalledWith('getStatus', {}));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('reminder window', () => {
  it('with a break due: Start, Snooze and Skip', async () => {
    await open(statusOf('due'));
    expect(screen.getByRole('button', { name: 'Start break' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Snooze 5 min' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skip this break' })).toBeTruthy();
  });

  it('at the snooze limit: Start and Skip, and why there is no snooze', async () => {
    await open(statusOf('due', { snoozesLeft: 0, snoozeCount: 3 }));
    expect(screen.queryByRole('button', { name: 'Snooze 5 min' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Skip this break' })).toBeTruthy();
    expect(screen.getByText(/snoozed as often as your settings allow/)).toBeTruthy();
  });

  it('opened with nothing due (by hand, or by something else): says so, offers only Start', async () => {
    await open(statusOf('working'));
    expect(screen.getByText('No break is due right now. You can start one anyway.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start break' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Snooze 5 min' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skip this break' })).toBeNull();
    expect(vi.mocked(request).mock.calls.map(([type]) => type)).toEqual(['getStatus']);
  });
});
