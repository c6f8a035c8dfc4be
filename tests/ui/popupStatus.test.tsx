// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Status } from '../../src/core/status.ts';
import { request } from '../../src/messaging/client.ts';
import { StatusCard } from '../../src/ui/popup/StatusCard.tsx';
import { useStatus } from '../../src/ui/popup/useStatus.ts';
import { clockTime } from '../../src/ui/shared/format.ts';
import { MIN, statusOf, T0 } from './popupFixtures.ts';

vi.mock('../../src/messaging/client.ts', () => ({ request: vi.fn() }));
const mockRequest = vi.mocked(request);

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  mockRequest.mockReset();
});

function card(status: Status, now = T0) {
  render(<StatusCard snapshot={{ status, receivedAt: T0 }} now={now} error={null} onRetry={() => {}} />);
  return {
    hero: () => screen.getByRole('timer').textContent,
    sentence: () => document.getElementById('status-sentence')?.textContent,
    kicker: () => document.getElementById('status-kicker')?.textContent,
  };
}

describe('StatusCard: each thing said once', () => {
  it('working: the countdown, then only the time of day it comes', () => {
    const c = card(statusOf('working'));
    expect(c.kicker()).toBe('Next break in');
    expect(c.hero()).toBe('13:00');
    expect(c.sentence()).toBe(`Around ${clockTime(T0 + 13 * MIN)} if you keep working.`);
  });

  it('due: the kicker says it is time, the sentence what to do, with the hold reason when a reminder waits', () => {
    const c = card(statusOf('due', { remainingMs: 0, nextBreakAt: T0, holdReason: 'fullscreen' }));
    expect(c.kicker()).toBe('Break time');
    expect(c.hero()).toBe('Stretch now');
    expect(c.sentence()).toBe('Stand up, move and stretch for a couple of minutes.');
    expect(screen.getByText('Waiting until your full-screen presentation ends.')).toBeTruthy();
  });

  it('due without a hold shows no hold line', () => {
    card(statusOf('due', { remainingMs: 0 }));
    expect(screen.queryByText(/^Waiting until/)).toBeNull();
  });

  it('snoozed: the time left, then when it comes back', () => {
    const c = card(statusOf('snoozed', { snoozeUntil: T0 + 10 * MIN }));
    expect(c.hero()).toBe('10:00');
    expect(c.sentence()).toBe(`Limber reminds you again at ${clockTime(T0 + 10 * MIN)}.`);
  });

  it('paused: the end time once; a pause ending tomorrow says tomorrow in the label', () => {
    const today = card(statusOf('paused', { pausedUntil: T0 + 60 * MIN }));
    expect(today.kicker()).toBe('Paused until');
    expect(today.hero()).toBe(clockTime(T0 + 60 * MIN));
    expect(today.sentence()).toBe('No reminders until then.');
    cleanup();
    const tomorrow = T0 + 22 * 60 * MIN;
    const c = card(statusOf('paused', { pausedUntil: tomorrow }));
    expect(c.kicker()).toBe('Paused until tomorrow');
    expect(c.hero()).toBe(clockTime(tomorrow));
    expect(c.sentence()).toBe('No reminders until then.');
  });

  it('outside working hours: when counting resumes, or plainly off', () => {
    const start = T0 + 22 * 60 * MIN;
    const c = card(statusOf('offHours', { workStartsAt: start }));
    expect(c.kicker()).toBe('Counting resumes tomorrow at');
    expect(c.hero()).toBe(clockTime(start));
    expect(c.sentence()).toBe('You are outside your working hours.');
    cleanup();
    const later = card(statusOf('offHours', { workStartsAt: T0 + 3 * 24 * 60 * MIN }));
    expect(later.kicker()).toMatch(/^Counting resumes on \w+day at$/);
    cleanup();
    const off = card(statusOf('offHours'));
    expect(off.hero()).toBe('Off');
    expect(off.sentence()).toBe('Outside your working hours. No reminders for now.');
  });

  it('away and on a break have their own sentences', () => {
    // A short absence is still sitting: the countdown runs on. After a natural break it waits.
    const counting = card(statusOf('away', { counting: true }));
    expect(counting.hero()).toBe('13:00');
    expect(counting.sentence()).toBe('No input for a while. A short pause still counts as sitting.');
    cleanup();
    const waiting = card(statusOf('away', { counting: false, remainingMs: 30 * MIN }));
    expect(waiting.hero()).toBe('30:00');
    expect(waiting.sentence()).toBe(
      'You have been away long enough for a break. The countdown starts again when you are back.',
    );
    cleanup();
    const onBreak = card(statusOf('onBreak', { breakStartedAt: T0 - 45_000 }));
    expect(onBreak.hero()).toBe('0:45');
    expect(onBreak.sentence()).toMatch(/^Enjoy your stretch break/);
  });

  it.each([
    ['working', {}],
    ['away', {}],
    ['due', { remainingMs: 0 }],
    ['snoozed', { snoozeUntil: T0 + 10 * MIN }],
    ['paused', { pausedUntil: T0 + 60 * MIN }],
    ['offHours', { workStartsAt: T0 + 60 * MIN }],
  ] as const)('%s: the sentence repeats neither the label nor the big figure', (kind, over) => {
    const c = card(statusOf(kind, over));
    const sentence = c.sentence() ?? '';
    expect(sentence).not.toContain(c.hero() ?? '\u0000');
    expect(sentence.toLowerCase()).not.toContain((c.kicker() ?? '\u0000').toLowerCase());
  });

  it('before the first status: placeholder text in the same boxes, busy', () => {
    render(<StatusCard snapshot={null} now={T0} error={null} onRetry={() => {}} />);
    expect(screen.getByRole('timer').textContent).toBe('--:--');
    expect(document.querySelector('.status-card')?.getAttribute('aria-busy')).toBe('true');
    expect(document.getElementById('status-sentence')?.textContent).toBe('Checking when your next break is…');
  });

  it('when the background cannot be reached: the reason and a retry button', () => {
    const onRetry = vi.fn();
    render(<StatusCard snapshot={null} now={T0} error="No answer." onRetry={onRetry} />);
    expect(screen.getByText("Could not reach Limber's background: No answer.")).toBeTruthy();
    screen.getByRole('button', { name: 'Try again' }).click();
    expect(onRetry).toHaveBeenCalledOnce();
  });
});

function LiveCard() {
  const live = useStatus();
  return <StatusCard snapshot={live.snapshot} now={live.now} error={live.error} onRetry={live.refresh} />;
}

describe('live countdown (useStatus)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  const flush = () =>
    act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
  const advance = (ms: number) =>
    act(async () => {
      await vi.advanceTimersByTimeAsync(ms);
    });

  it('fetches on open and ticks every second from the elapsed wall time', async () => {
    mockRequest.mockResolvedValue(statusOf('working'));
    render(<LiveCard />);
    await flush();
    expect(mockRequest).toHaveBeenCalledWith('getStatus', {});
    expect(screen.getByRole('timer').textContent).toBe('13:00');
    await advance(1000);
    expect(screen.getByRole('timer').textContent).toBe('12:59');
    await advance(5000);
    expect(screen.getByRole('timer').textContent).toBe('12:54');
  });

  it('takes the status the app asked for before rendering, without asking again', async () => {
    let answer: (s: Status) => void = () => {};
    mockRequest.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve as (s: Status) => void)));
    const { prefetchStatus } = await import('../../src/ui/popup/statusPrefetch.ts');
    prefetchStatus();
    expect(mockRequest).toHaveBeenCalledTimes(1);
    render(<LiveCard />);
    await flush();
    expect(mockRequest).toHaveBeenCalledTimes(1);
    answer(statusOf('working'));
    await flush();
    expect(screen.getByRole('timer').textContent).toBe('13:00');
    // Later refreshes ask anew.
    mockRequest.mockResolvedValue(statusOf('working'));
    await advance(30_000);
    expect(mockRequest).toHaveBeenCalledTimes(2);
  });

  it('re-fetches every 30 s and shows the newer status', async () => {
    mockRequest.mockResolvedValueOnce(statusOf('working'));
    mockRequest.mockResolvedValue(statusOf('paused', { now: T0 + 30_000, pausedUntil: T0 + 60 * MIN }));
    render(<LiveCard />);
    await flush();
    expect(mockRequest).toHaveBeenCalledTimes(1);
    await advance(30_000);
    expect(mockRequest).toHaveBeenCalledTimes(2);
    expect(document.getElementById('status-kicker')?.textContent).toBe('Paused until');
  });

  it('asks again right after the countdown runs out, not 30 s later', async () => {
    mockRequest.mockResolvedValueOnce(statusOf('working', { remainingMs: 5_000, nextBreakAt: T0 + 5_000 }));
    mockRequest.mockResolvedValue(statusOf('due', { now: T0 + 5_500, remainingMs: 0 }));
    render(<LiveCard />);
    await flush();
    await advance(5_000);
    expect(screen.getByRole('timer').textContent).toBe('0:00');
    await advance(600);
    expect(mockRequest).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('timer').textContent).toBe('Stretch now');
  });

  it('a failed first fetch shows the reason; retry recovers', async () => {
    mockRequest.mockRejectedValueOnce(new Error('No answer.'));
    mockRequest.mockResolvedValue(statusOf('working'));
    render(<LiveCard />);
    await flush();
    expect(screen.getByText("Could not reach Limber's background: No answer.")).toBeTruthy();
    screen.getByRole('button', { name: 'Try again' }).click();
    await flush();
    expect(screen.getByRole('timer').textContent).toBe('13:00');
  });
});
