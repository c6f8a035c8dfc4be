// @vitest-environment happy-dom
/** The break's end screen: what happened, next break, today against the goal, the goal streak. */
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Status } from '../../src/core/status.ts';
import type { FinishedBreak } from '../../src/messaging/protocol.ts';
import { EndScreen } from '../../src/ui/break/EndScreen.tsx';
import { statusOf } from './popupFixtures.ts';

afterEach(cleanup);
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

const saved = (over: Partial<Status> = {}, kind: Status['kind'] = 'working'): FinishedBreak => ({
  status: statusOf(kind, {
    remainingMs: 30 * 60_000,
    nextBreakAt: Date.UTC(2026, 2, 2, 10, 0),
    today: { activeMs: 0, taken: 3, short: 0, natural: 1, snoozed: 0, skipped: 0 },
    ...over,
  }),
  logged: 'taken',
  durationMs: 125_000,
});
const summary = { done: 2, skipped: 0, total: 2 };

describe('end screen', () => {
  it('shows the day against the goal and the goal streak once the break is recorded', async () => {
    const loadStreak = vi.fn(async () => ({ current: 4, best: 9 }));
    render(
      <EndScreen
        summary={summary}
        log={saved()}
        breakMinutes={2}
        goal={6}
        loadStreak={loadStreak}
        onClose={() => {}}
      />,
    );
    await settle();
    screen.getByRole('heading', { name: 'Break done. Well done!' });
    screen.getByText('Breaks kept: 4 of 6');
    expect(document.querySelectorAll('.brk-dot-on')).toHaveLength(4);
    screen.getByText('4 days');
    expect(loadStreak).toHaveBeenCalledOnce();
  });

  it('a streak of one day and no streak yet', async () => {
    render(
      <EndScreen
        summary={summary}
        log={saved()}
        breakMinutes={2}
        goal={6}
        loadStreak={async () => ({ current: 1, best: 1 })}
        onClose={() => {}}
      />,
    );
    await settle();
    screen.getByText('1 day');
    cleanup();
    render(
      <EndScreen
        summary={summary}
        log={saved()}
        breakMinutes={2}
        goal={6}
        loadStreak={async () => ({ current: 0, best: 2 })}
        onClose={() => {}}
      />,
    );
    await settle();
    screen.getByText('Reach today’s goal to start one');
  });

  it('no next-break line while paused, and nothing claimed before the background answers', async () => {
    render(
      <EndScreen
        summary={summary}
        log={saved({ nextBreakAt: null }, 'paused')}
        breakMinutes={2}
        goal={6}
        onClose={() => {}}
      />,
    );
    expect(screen.queryByText(/^After about/)).toBeNull();
    cleanup();
    render(<EndScreen summary={summary} log="saving" breakMinutes={2} goal={6} onClose={() => {}} />);
    screen.getByRole('heading', { name: 'Break over' });
    expect(screen.queryByText(/Well done/)).toBeNull();
    expect(screen.queryByText(/Breaks kept/)).toBeNull();
  });

  it('Back to work closes the page', () => {
    const onClose = vi.fn();
    render(<EndScreen summary={summary} log={saved()} breakMinutes={2} goal={6} onClose={onClose} />);
    screen.getByRole('button', { name: 'Back to work' }).click();
    expect(onClose).toHaveBeenCalledOnce();
  });
});
