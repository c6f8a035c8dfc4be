// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findStretch } from '../../src/core/content/stretches.ts';
import type { Stretch } from '../../src/core/content/types.ts';
import { DEFAULTS } from '../../src/core/settings.ts';
import { request } from '../../src/messaging/client.ts';
import { BreakPage } from '../../src/ui/break/BreakPage.tsx';
import { LAST_ROUTINE_KEY } from '../../src/ui/break/lastRoutine.ts';
import { t } from '../../src/ui/i18n.ts';

vi.mock('../../src/messaging/client.ts', () => ({ request: vi.fn() }));
// The drawings load lazily through a dynamic import; a stand-in keeps these tests about the page.
vi.mock('../../src/ui/illustrations/index.ts', () => ({
  StretchIllustration: ({ id }: { id: string }) => <div data-illustration={id} />,
}));
const mockRequest = vi.mocked(request);

const LIBRARY = ['seatedTwist', 'shoulderRolls', 'standingBackExtension'].map((id) => findStretch(id) as Stretch);
const T0 = Date.UTC(2025, 4, 6, 9, 0);

interface Options {
  breakStartedAt?: number | null;
  /** The break the page's address names (`?break=`); by default the running one, as the background opens it. */
  pageBreakId?: number | null;
  finish?: () => Promise<unknown>;
  fail?: boolean;
}

/** What the background answers to finishBreak: the new status and how it logged the break. */
const finished = (logged: 'taken' | 'short' = 'taken', durationMs = 120_000) => ({
  status: {
    kind: 'working',
    now: Date.now(),
    remainingMs: 30 * 60_000,
    nextBreakAt: Date.now() + 30 * 60_000,
    breakStartedAt: null,
    breakId: null,
    today: { activeMs: 0, taken: logged === 'taken' ? 1 : 0, natural: 0, snoozed: 0, skipped: 0 },
  },
  logged,
  durationMs,
});

const tick = (ms = 0) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

async function openPage({ breakStartedAt = T0, pageBreakId = breakStartedAt, finish, fail = false }: Options = {}) {
  window.history.replaceState(null, '', pageBreakId === null ? '/break.html' : `/break.html?break=${pageBreakId}`);
  let running = breakStartedAt;
  mockRequest.mockImplementation((async (type: string) => {
    if (fail) throw new Error('background asleep');
    const status = () => ({ breakStartedAt: running, breakId: running, now: Date.now() });
    if (type === 'getStatus') return status();
    if (type === 'getPrefs') return { prefs: { ...DEFAULTS, breakLengthMin: 2 }, locked: [], repaired: [] };
    if (type === 'startBreak') {
      running ??= Date.now();
      return status();
    }
    if (type === 'finishBreak') return finish ? finish() : finished();
    return status();
  }) as never);
  render(<BreakPage stretches={LIBRARY} />);
  await tick();
}

const routine = (): Stretch[] =>
  (JSON.parse(localStorage.getItem(LAST_ROUTINE_KEY) ?? '[]') as string[]).map((id) => findStretch(id) as Stretch);
const title = () => document.getElementById('brk-step-title')?.textContent;
const clock = () => screen.getByRole('timer').textContent?.replace('Time left: ', '');
const key = (k: string, target: Element = document.body) =>
  act(() => {
    fireEvent.keyDown(target, { key: k });
  });
const sent = (type: string) => mockRequest.mock.calls.filter(([k]) => k === type).map(([, p]) => p);
const live = () => document.querySelector('.brk > [aria-live="polite"]')?.textContent;

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  mockRequest.mockReset();
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('break page', () => {
  it('shows the first stretch of a routine that fits the break, and remembers the routine', async () => {
    await openPage();
    const r = routine();
    expect(r.map((s) => s.id).sort()).toEqual(['seatedTwist', 'shoulderRolls', 'standingBackExtension']);
    const first = r[0] as Stretch;
    expect(title()).toBe(t(first.titleKey));
    expect(document.querySelector(`[data-illustration="${first.id}"]`)).toBeTruthy();
    expect(document.querySelectorAll('.brk-steps li')).toHaveLength(first.stepsKeys.length);
    expect(screen.getByText('Stretch 1 of 3')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeTruthy();
    expect(sent('startBreak')).toEqual([]);
  });

  it('reads naturally, has one progress indicator, and Next is the primary action until the last stretch', async () => {
    await openPage();
    expect(screen.getByText(/^3 stretches, about 2 min\. Follow along at your own pace/)).toBeTruthy();
    expect(screen.getAllByRole('progressbar')).toHaveLength(1);
    expect(document.querySelectorAll('progress, .brk-bar')).toHaveLength(0);
    const primary = () => document.querySelector('.brk-actions .primary')?.textContent;
    expect(primary()).toBe('Next');
    expect(screen.getByRole('button', { name: 'End break' })).toBeTruthy();
    await key('n');
    expect(primary()).toBe('Next');
    const forward = document.querySelector('.brk-actions .primary') as HTMLButtonElement;
    await key('n');
    // The last stretch: the same button (the same element) now finishes.
    expect(primary()).toBe('Finish');
    expect(document.querySelector('.brk-actions .primary')).toBe(forward);
    expect(screen.queryByRole('button', { name: 'End break' })).toBeNull();
    fireEvent.click(forward);
    await tick();
    expect(sent('finishBreak')).toEqual([{ completed: true, breakId: T0 }]);
  });

  it('the end screen says what the background recorded: a short break is not "well done"', async () => {
    await openPage({ finish: async () => finished('short', 40_000) });
    await key('d');
    await tick();
    expect(screen.queryByText(/Well done/)).toBeNull();
    expect(screen.getByRole('heading', { name: 'That was a short break' })).toBeTruthy();
    expect(screen.getByText(/^It lasted 40 seconds\./)).toBeTruthy();
    expect(screen.getByText('Breaks kept: 0 of 6')).toBeTruthy();
  });

  it('Start on a page opened with no break running starts one and plays it', async () => {
    await openPage({ breakStartedAt: null });
    fireEvent.click(screen.getByRole('button', { name: 'Start the break' }));
    await tick();
    expect(sent('startBreak')).toEqual([{ onPage: true }]);
    expect(screen.getByText('Stretch 1 of 3')).toBeTruthy();
    expect(window.location.search).toBe(`?break=${T0}`);
    window.dispatchEvent(new Event('pagehide'));
    expect(sent('finishBreak')).toEqual([{ completed: false, breakId: T0 }]);
  });

  it('counts down, then announces the end and moves on by itself', async () => {
    await openPage();
    const [first, second] = routine() as [Stretch, Stretch];
    await tick(10_000);
    expect(clock()).toBe(`0:${String(first.durationSec - 10).padStart(2, '0')}`);
    await tick(first.durationSec * 1000 - 10_000 + 250);
    expect(title()).toBe(t(second.titleKey));
    expect(live()).toBe(`Time is up for ${t(first.titleKey)}. Next: ${t(second.titleKey)}.`);
    expect(screen.getByText('Stretch 2 of 3')).toBeTruthy();
  });

  it('Next and Skip move on; the end screen counts what was done and logs the break once', async () => {
    await openPage();
    await key('n');
    expect(screen.getByText('Stretch 2 of 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    await tick();
    expect(screen.getByText('Stretch 3 of 3')).toBeTruthy();
    await key('N');
    await tick();
    expect(screen.getByText('Stretches done: 2 of 3.')).toBeTruthy();
    expect(screen.getByText('Skipped: 1.')).toBeTruthy();
    expect(screen.getByText('Drink some water.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Break done. Well done!' })).toBeTruthy();
    expect(screen.getByText('Logged as a break taken (2 minutes).')).toBeTruthy();
    expect(screen.getByText(/^After about 30 minutes at the computer, around /)).toBeTruthy();
    expect(screen.getByText('Breaks kept: 1 of 6')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Back to work' })).toBeTruthy();
    expect(sent('finishBreak')).toEqual([{ completed: true, breakId: T0 }]);
  });

  it('Space pauses and resumes the countdown', async () => {
    await openPage();
    await tick(5_000);
    const before = clock();
    await key(' ');
    await tick(10_000);
    expect(clock()).toBe(before);
    expect(screen.getByText('Paused')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    await key(' ');
    await tick(1_000);
    expect(clock()).not.toBe(before);
  });

  it('D, Enter or the End break button finish early: not completed, the background says how it is logged', async () => {
    await openPage();
    await key('d');
    await tick();
    expect(screen.getByRole('heading', { name: 'Break done. Well done!' })).toBeTruthy();
    expect(document.activeElement?.id).toBe('brk-end-title');
    expect(sent('finishBreak')).toEqual([{ completed: false, breakId: T0 }]);
    cleanup();
    mockRequest.mockClear();
    await openPage();
    await key('Enter');
    await tick();
    expect(sent('finishBreak')).toEqual([{ completed: false, breakId: T0 }]);
    cleanup();
    mockRequest.mockClear();
    await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'End break' }));
    await tick();
    expect(sent('finishBreak')).toEqual([{ completed: false, breakId: T0 }]);
  });

  it('leaves Enter and Space on a focused button to the button', async () => {
    await openPage();
    const skip = screen.getByRole('button', { name: 'Skip' });
    skip.focus();
    await key('Enter', skip);
    await key(' ', skip);
    expect(screen.getByText('Stretch 1 of 3')).toBeTruthy();
    expect(screen.queryByText('Paused')).toBeNull();
    await key('d', skip);
    await tick();
    expect(sent('finishBreak')).toEqual([{ completed: false, breakId: T0 }]);
  });

  it('logs an early close as not completed, and nothing more after finishing', async () => {
    await openPage();
    window.dispatchEvent(new Event('pagehide'));
    expect(sent('finishBreak')).toEqual([{ completed: false, breakId: T0 }]);
    cleanup();
    mockRequest.mockClear();
    await openPage();
    await key('d');
    await tick();
    window.dispatchEvent(new Event('pagehide'));
    expect(sent('finishBreak')).toEqual([{ completed: false, breakId: T0 }]);
  });

  it('says when the break could not be logged', async () => {
    await openPage({ finish: () => Promise.reject(new Error('No break is running.')) });
    await key('d');
    await tick();
    expect(screen.getByText('The break could not be logged: No break is running.')).toBeTruthy();
  });

  it('says when the page cannot load', async () => {
    await openPage({ fail: true });
    expect(screen.getByRole('alert').textContent).toBe('The break could not start: background asleep');
  });

  it('rotates: the next break starts with a different stretch', async () => {
    await openPage();
    const first = routine().map((s) => s.id);
    cleanup();
    await openPage();
    const second = routine().map((s) => s.id);
    expect(second).not.toEqual(first);
    expect(second[0]).not.toBe(first[0]);
  });
});

describe('break page: only what happened', () => {
  it('opened with no break running, it starts nothing until Start is pressed', async () => {
    await openPage({ breakStartedAt: null });
    expect(sent('startBreak')).toEqual([]);
    expect(screen.getByRole('button', { name: 'Start the break' })).toBeTruthy();
  });

  it('closing a page that never started a break logs nothing', async () => {
    await openPage({ breakStartedAt: null });
    window.dispatchEvent(new Event('pagehide'));
    expect(sent('finishBreak')).toEqual([]);
  });

  it("a page that is not the running break's own neither shows it nor ends it", async () => {
    await openPage({ breakStartedAt: T0, pageBreakId: null });
    expect(title()).toBeUndefined();
    window.dispatchEvent(new Event('pagehide'));
    expect(sent('finishBreak')).toEqual([]);
  });

  it('Next three times within a second: the end screen says it was short, not "Well done"', async () => {
    await openPage({ finish: async () => finished('short', 900) });
    await key('n');
    await key('n');
    await key('n');
    await tick();
    expect(screen.queryByText(/Well done/)).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('That was a short break');
    expect(
      screen.getByText(
        'It lasted 1 second. A break counts as taken when you finish the routine after at least 1 minute, or after 2 minutes; this one is logged as a short break and does not count as kept.',
      ),
    ).toBeTruthy();
  });
});
