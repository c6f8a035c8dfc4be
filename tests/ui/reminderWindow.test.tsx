// @vitest-environment happy-dom
/** The reminder window: the coming break at a glance, why now, and answers that mean something. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findStretch } from '../../src/core/content/stretches.ts';
import type { Stretch } from '../../src/core/content/types.ts';
import type { Status } from '../../src/core/status.ts';
import { request } from '../../src/messaging/client.ts';
import { REMINDER_PORT_READY } from '../../src/messaging/reminderCleared.ts';
import { type ReminderMode, ReminderWindow, reminderMode } from '../../src/ui/reminder/ReminderWindow.tsx';
import { statusOf } from './popupFixtures.ts';

vi.mock('../../src/messaging/client.ts', () => ({ request: vi.fn() }));
vi.mock('../../src/ui/illustrations/index.ts', () => ({
  StretchIllustration: ({ id }: { id: string }) => <div data-illustration={id} />,
}));
const announced = vi.hoisted(() => ({ ids: ['seatedTwist', 'shoulderRolls'] }));
vi.mock('../../src/ui/break/nextRoutine.ts', async () => {
  const { findStretch } = await import('../../src/core/content/stretches.ts');
  return {
    storedRoutine: async () => announced.ids.map((id) => findStretch(id)),
    comingRoutine: async () => [],
  };
});
const mockRequest = vi.mocked(request);

// The window sends its requests once the background holds its port (ui/reminder/selfClose.ts): a
// port whose background answers at once.
const g = globalThis as { chrome?: Record<string, unknown> };
beforeEach(() => {
  g.chrome = {
    ...g.chrome,
    runtime: {
      connect: () => ({
        onMessage: {
          addListener: (listener: (m: unknown) => void) => queueMicrotask(() => listener(REMINDER_PORT_READY)),
        },
        onDisconnect: { addListener: () => undefined },
      }),
    },
  };
});
afterEach(() => {
  cleanup();
  delete g.chrome?.runtime;
});

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

async function open(mode: ReminderMode, accruedMin = 32, status: Status = statusOf('due')) {
  mockRequest.mockReset();
  mockRequest.mockImplementation((async (type: string) => {
    if (type === 'getStatus') return { ...status, accruedMs: accruedMin * 60_000 };
    return {};
  }) as never);
  render(<ReminderWindow mode={mode} />);
  await settle();
}

describe('the reminder window', () => {
  it('reads its mode from the address', () => {
    expect(reminderMode('')).toBe('due');
    expect(reminderMode('?again')).toBe('again');
    expect(reminderMode('?preview')).toBe('preview');
  });

  it('shows the first stretch with its picture, the routine size and why now, with the minutes counted', async () => {
    await open('due');
    const twist = findStretch('seatedTwist') as Stretch;
    expect(document.querySelector('[data-illustration]')?.getAttribute('data-illustration')).toBe(twist.illustration);
    screen.getByRole('heading', { level: 2, name: 'First: Seated twist' });
    const seconds = twist.durationSec + (findStretch('shoulderRolls') as Stretch).durationSec;
    screen.getByText(`2 stretches, about ${Math.max(1, Math.round(seconds / 60))} min`);
    screen.getByText(/You have been at your computer for 32 minutes\./);
    expect(screen.queryByText(/once more/)).toBeNull();
    const results = await axe.run(document.body, { resultTypes: ['violations'] });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('one stretch is "1 stretch"', async () => {
    announced.ids = ['seatedTwist'];
    await open('due');
    screen.getByText(/^1 stretch, about \d+ min$/);
    announced.ids = ['seatedTwist', 'shoulderRolls'];
  });

  it('Start asks the background to start the break', async () => {
    await open('due');
    fireEvent.click(screen.getByRole('button', { name: 'Start break' }));
    await settle();
    expect(mockRequest).toHaveBeenCalledWith('startBreak', {});
  });

  it('brought back by the escalation, it says why it is there again', async () => {
    await open('again');
    screen.getByText('You kept working after the reminder, so here it is once more. It will not come back again.');
  });

  it('as the test preview, its answers are disabled and change nothing; Close is there', async () => {
    await open('preview', 0);
    screen.getByText(/^Test reminder:/);
    for (const name of ['Start break', 'Snooze 5 min', 'Skip this break']) {
      const button = screen.getByRole('button', { name }) as HTMLButtonElement;
      expect(button.disabled).toBe(true);
      fireEvent.click(button);
    }
    await settle();
    expect(mockRequest.mock.calls.map(([type]) => type)).not.toContain('startBreak');
    screen.getByRole('button', { name: 'Close' });
    // Nothing counted yet: the why line does not claim minutes.
    expect(screen.queryByText(/for 0 minutes/)).toBeNull();
  });

  it('with a break due: Start, Snooze and Skip', async () => {
    await open('due');
    screen.getByRole('button', { name: 'Start break' });
    screen.getByRole('button', { name: 'Snooze 5 min' });
    screen.getByRole('button', { name: 'Skip this break' });
  });

  it('at the snooze limit: Start and Skip, and why there is no snooze', async () => {
    await open('due', 32, statusOf('due', { snoozesLeft: 0, snoozeCount: 3 }));
    expect(screen.queryByRole('button', { name: 'Snooze 5 min' })).toBeNull();
    screen.getByRole('button', { name: 'Skip this break' });
    screen.getByText(/snoozed as often as your settings allow/);
  });

  it('opened with nothing due (by hand, or by something else): says so, offers only Start', async () => {
    await open('due', 12, statusOf('working'));
    screen.getByText('No break is due right now. You can start one anyway.');
    screen.getByRole('button', { name: 'Start break' });
    expect(screen.queryByRole('button', { name: 'Snooze 5 min' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skip this break' })).toBeNull();
    expect(mockRequest.mock.calls.map(([type]) => type)).toEqual(['getStatus']);
  });
});
