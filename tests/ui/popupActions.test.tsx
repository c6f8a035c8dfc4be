// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Status } from '../../src/core/status.ts';
import { request } from '../../src/messaging/client.ts';
import { openOptions } from '../../src/platform/options.ts';
import { App } from '../../src/ui/popup/App.tsx';
import { clockTime } from '../../src/ui/shared/format.ts';
import { MIN, statusOf, T0 } from './popupFixtures.ts';

vi.mock('../../src/messaging/client.ts', () => ({ request: vi.fn() }));
vi.mock('../../src/platform/options.ts', () => ({ openOptions: vi.fn(() => Promise.resolve()) }));
const mockRequest = vi.mocked(request);

afterEach(() => {
  cleanup();
  mockRequest.mockReset();
});

const button = (name: string | RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;
const feedback = () => document.querySelector('.feedback[aria-live="polite"]')?.textContent ?? '';
const sentence = () => document.getElementById('status-sentence')?.textContent ?? '';

/** Opens the popup on `initial`; every later request answers `reply` (or fails with it). */
async function open(initial: Status, reply: Status | Error = statusOf('working')) {
  mockRequest.mockImplementation(async (type) => {
    if (type === 'getStatus') return initial;
    if (type === 'getNotices') return [];
    if (reply instanceof Error) throw reply;
    return reply;
  });
  render(<App />);
  await waitFor(() => expect(button('Start break now').disabled).toBe(false));
}

const sent = () => mockRequest.mock.calls.filter(([type]) => type !== 'getStatus' && type !== 'getNotices');

describe('popup actions', () => {
  it.each([
    ['Start break now', 'startBreak', {}],
    ['Snooze 5 min', 'snooze', { minutes: 5 }],
    ['Snooze 10 min', 'snooze', { minutes: 10 }],
    ['Snooze 15 min', 'snooze', { minutes: 15 }],
    ['Skip this break', 'skip', {}],
  ])('%s sends %s %j', async (name, type, payload) => {
    await open(statusOf('due', { remainingMs: 0 }));
    fireEvent.click(button(name));
    await waitFor(() => expect(sent()).toEqual([[type, payload]]));
  });

  it.each([
    ['30 min', { minutes: 30 }],
    ['1 h', { minutes: 60 }],
    ['2 h', { minutes: 120 }],
    ['Until tomorrow', { untilTomorrow: true }],
  ])('Pause → %s sends pause %j', async (choice, payload) => {
    await open(statusOf('working'));
    const toggle = button('Pause reminders');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(button(choice));
    await waitFor(() => expect(sent()).toEqual([['pause', payload]]));
  });

  it('shows the returned status at once and announces it', async () => {
    const until = T0 + 10 * MIN;
    await open(statusOf('due', { remainingMs: 0 }), statusOf('snoozed', { snoozeUntil: until, snoozeCount: 1 }));
    fireEvent.click(button('Snooze 10 min'));
    const expected = `Limber reminds you again at ${clockTime(until)}.`;
    await waitFor(() => expect(sentence()).toBe(expected));
    // Announced to screen readers; not shown a second time under the card that already says it.
    expect(feedback()).toBe(`Done. ${expected}`);
    expect(document.querySelector('.feedback')?.classList.contains('visually-hidden')).toBe(true);
    expect(screen.getByRole('timer').textContent).toBe('10:00');
  });

  it('announces an error reply in the live region', async () => {
    await open(statusOf('due'), new Error('The snooze limit (3 in a row) is reached.'));
    fireEvent.click(button('Snooze 5 min'));
    await waitFor(() => expect(feedback()).toBe('That did not work: The snooze limit (3 in a row) is reached.'));
    expect(document.querySelector('.feedback')?.classList.contains('error')).toBe(true);
    expect(document.querySelector('.feedback')?.classList.contains('visually-hidden')).toBe(false);
    expect(button('Snooze 5 min').disabled).toBe(false);
  });

  it('with nothing due, only Start a break now and Pause: no snooze, no skip', async () => {
    await open(statusOf('working'));
    expect(screen.queryByRole('button', { name: /^Snooze/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skip this break' })).toBeNull();
    expect(button('Start break now')).toBeTruthy();
    expect(button('Pause reminders')).toBeTruthy();
    cleanup();
    await open(statusOf('away', { counting: true }));
    expect(screen.queryByRole('button', { name: /^Snooze/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skip this break' })).toBeNull();
  });

  it('while the heads-up shows, snooze is offered but not skip', async () => {
    await open(statusOf('working', { remainingMs: 40_000, canSnooze: true, canSkip: false }));
    expect(button('Snooze 5 min')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Skip this break' })).toBeNull();
  });

  it('disables every button while a request is in flight', async () => {
    await open(statusOf('due'));
    let answer: (s: Status) => void = () => {};
    mockRequest.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve as (s: Status) => void)));
    fireEvent.click(button('Skip this break'));
    const actionButtons = () => [...document.querySelectorAll<HTMLButtonElement>('.actions button')];
    await waitFor(() => expect(actionButtons().every((b) => b.disabled)).toBe(true));
    answer(statusOf('working', { remainingMs: 30 * MIN }));
    await waitFor(() => expect(actionButtons().every((b) => !b.disabled)).toBe(true));
    expect(screen.getByRole('timer').textContent).toBe('30:00');
  });

  it('hides snooze at the limit and says why', async () => {
    await open(statusOf('due', { snoozeCount: 3, snoozesLeft: 0 }));
    expect(screen.queryByRole('button', { name: /^Snooze/ })).toBeNull();
    expect(screen.getByText('You have snoozed 3 times in a row, your limit. Start the break or skip it.')).toBeTruthy();
    expect(button('Start break now')).toBeTruthy();
    expect(button('Skip this break')).toBeTruthy();
  });

  it('says snoozing is off when the limit is 0', async () => {
    await open(statusOf('due', { snoozeCount: 0, snoozesLeft: 0 }));
    expect(screen.queryByRole('button', { name: /^Snooze/ })).toBeNull();
    expect(screen.getByText('Snoozing is turned off in your settings.')).toBeTruthy();
  });

  it('paused: Resume first, no snooze, no pause', async () => {
    await open(statusOf('paused', { pausedUntil: T0 + 30 * MIN }));
    expect(screen.queryByRole('button', { name: /^Snooze/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pause reminders' })).toBeNull();
    fireEvent.click(button('Resume now'));
    await waitFor(() => expect(sent()).toEqual([['resume', {}]]));
  });

  it('on a break: back to the break, or finish it; the answer says how it was logged', async () => {
    const onBreak = statusOf('onBreak', { breakStartedAt: T0, breakId: T0 });
    mockRequest.mockImplementation(async (type) => {
      if (type === 'finishBreak') return { status: statusOf('working'), logged: 'short', durationMs: 40_000 };
      return type === 'getNotices' ? [] : onBreak;
    });
    render(<App />);
    await waitFor(() => expect(button('Back to my break').disabled).toBe(false));
    expect(screen.queryByRole('button', { name: 'Skip this break' })).toBeNull();
    fireEvent.click(button("I'm done"));
    // The routine runs on the break page: from here only the time spent decides (taken once B is spent).
    await waitFor(() => expect(sent()).toEqual([['finishBreak', { completed: false, breakId: T0 }]]));
    await waitFor(() =>
      expect(feedback()).toBe('Logged as a short break (40 seconds): not long enough to count as taken.'),
    );
  });

  it('Escape closes the pause choices and returns focus to the toggle', async () => {
    await open(statusOf('working'));
    const toggle = button('Pause reminders');
    fireEvent.click(toggle);
    const choice = button('1 h');
    choice.focus();
    fireEvent.keyDown(choice, { key: 'Escape' });
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('false'));
    expect(document.activeElement).toBe(toggle);
  });

  it('Settings opens the options page', async () => {
    await open(statusOf('working'));
    fireEvent.click(button('Settings'));
    expect(openOptions).toHaveBeenCalledOnce();
  });
});
