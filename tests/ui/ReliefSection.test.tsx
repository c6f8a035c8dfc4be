// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RELIEF_TIPS } from '../../src/core/content/relief.ts';
import { startWarmCold, type WarmColdRun } from '../../src/core/warmColdTimer.ts';
import { ReliefSection } from '../../src/ui/sections/ReliefSection.tsx';
import { WarmColdTimer } from '../../src/ui/sections/WarmColdTimer.tsx';
import type { WarmColdStore } from '../../src/ui/sections/warmColdStore.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const T0 = 1_700_000_000_000;
const MIN = 60_000;

function memoryStore(initial: WarmColdRun | null = null): WarmColdStore & { value: WarmColdRun | null } {
  return {
    value: initial,
    load() {
      return this.value;
    },
    save(run) {
      this.value = run;
    },
  };
}

describe('ReliefSection (during a spasm)', () => {
  it('shows every relief step under its own heading, with timings for warm and cold', () => {
    render(<ReliefSection />);
    expect(screen.getByRole('heading', { level: 2, name: 'During a spasm' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(RELIEF_TIPS.length);
    for (const name of [
      'Warmth',
      'Cold, wrapped in a towel',
      'Warm and cold in turns',
      'A short, gentle walk',
      'Lying knee rolls',
    ])
      expect(screen.getByRole('heading', { level: 3, name })).toBeTruthy();
    expect(screen.getByText(/5 minutes warm, 5 cold, 5 warm, 5 cold/)).toBeTruthy();
  });

  it('warns about burns and bare ice, and says to follow the label', () => {
    render(<ReliefSection />);
    const heat = document.querySelector('[data-id="heat"]') as HTMLElement;
    expect(within(heat).getByText(/never fall asleep on a heat pad or hot-water bottle/)).toBeTruthy();
    const ice = document.querySelector('[data-id="ice"]') as HTMLElement;
    expect(within(ice).getByText(/Never put ice straight on your skin/)).toBeTruthy();
    const pills = document.querySelector('[data-id="painRelief"]') as HTMLElement;
    for (const drug of ['Ibuprofen', 'naproxen', 'Acetaminophen'])
      expect(within(pills).getByText(new RegExp(drug))).toBeTruthy();
    expect(within(pills).getByText(/Follow the label\./)).toBeTruthy();
  });

  it('puts the warning signs first and says strengthening is for between spasms', () => {
    render(<ReliefSection />);
    const warning = screen.getByText(/Check when to see a doctor first/);
    const firstTip = document.querySelector('[data-id="heat"]') as HTMLElement;
    expect(warning.compareDocumentPosition(firstTip) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(/are for between spasms, not during one/)).toBeTruthy();
  });

  it('names the public sources of every tip, and carries the disclaimer line', () => {
    render(<ReliefSection />);
    for (const tip of RELIEF_TIPS) {
      const card = document.querySelector(`[data-id="${tip.id}"]`) as HTMLElement;
      expect(within(card).getAllByRole('link').length, tip.id).toBeGreaterThan(0);
    }
    expect(screen.getByRole('link', { name: /Read the full note/ })).toBeTruthy();
  });

  it('links each gentle move to its stretch and the strengthening line to its group', () => {
    const { unmount } = render(<ReliefSection />);
    // Without the popup's wiring, only the timer's own buttons are there.
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Start', 'Stop']);
    unmount();

    const onShowStretch = vi.fn();
    const onShowDoctor = vi.fn();
    render(<ReliefSection onShowStretch={onShowStretch} onShowDoctor={onShowDoctor} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show the steps: Lying knee rolls' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show the steps: A short, gentle walk' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show the steps: Tennis ball beside the spine' }));
    fireEvent.click(screen.getByRole('button', { name: 'See the strengthening moves' }));
    fireEvent.click(screen.getByRole('button', { name: 'When to see a doctor' }));
    expect(onShowStretch.mock.calls).toEqual([['kneeRolls'], ['walking'], ['tennisBall'], []]);
    expect(onShowDoctor).toHaveBeenCalledOnce();
  });
});

describe('warm-and-cold timer', () => {
  it('runs four 5-minute steps from the wall clock, announces each change, and stores the round', () => {
    vi.useFakeTimers();
    let now = T0;
    const store = memoryStore();
    render(<WarmColdTimer store={store} now={() => now} />);
    const live = document.querySelector('.lb-wc [aria-live="polite"]') as HTMLElement;
    expect(screen.getByText('Four steps of 5 minutes, about 20 minutes in all.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(store.value).toEqual(startWarmCold(T0));
    expect(screen.getByRole('timer').textContent).toBe('Time left: 5:00');
    const current = () => document.querySelector('.lb-wc [aria-current="step"]')?.textContent;
    expect(current()).toBe('Warm · 5 min');
    expect(live.textContent).toBe('Now Warm for 5 min.');

    act(() => {
      now = T0 + 5 * MIN + 1000;
      vi.advanceTimersByTime(1000);
    });
    expect(current()).toBe('Cold · 5 min');
    expect(screen.getByRole('timer').textContent).toBe('Time left: 4:59');
    expect(live.textContent).toBe('Now Cold for 5 min.');

    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => {
      now = T0 + 30 * MIN;
      vi.advanceTimersByTime(5000);
    });
    expect(screen.getByRole('timer').textContent).toBe('Time left: 4:59');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    act(() => {
      now = T0 + 60 * MIN;
      vi.advanceTimersByTime(1000);
    });
    expect(screen.getByText('Round done. Take the packs off and give your skin a break.')).toBeTruthy();
    expect(live.textContent).toBe('Warm–cold round done. Take the packs off.');
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(store.value).toBeNull();
  });

  it('shows the true step when the popup is opened again, without announcing it', () => {
    const store = memoryStore(startWarmCold(T0));
    render(<WarmColdTimer store={store} now={() => T0 + 7 * MIN} />);
    expect(document.querySelector('.lb-wc [aria-current="step"]')?.textContent).toBe('Cold · 5 min');
    expect(screen.getByRole('timer').textContent).toBe('Time left: 3:00');
    expect((document.querySelector('.lb-wc [aria-live="polite"]') as HTMLElement).textContent).toBe('');
    expect(screen.getByText(/can't ring: open Limber again to see the step/)).toBeTruthy();
  });
});
