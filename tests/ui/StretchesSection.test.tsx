// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STRETCHES } from '../../src/core/content/stretches.ts';
import { StretchesSection } from '../../src/ui/sections/StretchesSection.tsx';

afterEach(cleanup);

function openStretch(name: RegExp) {
  fireEvent.click(screen.getByRole('button', { name }));
}

describe('StretchesSection list', () => {
  it('lists every stretch as a real button with duration and places', () => {
    render(<StretchesSection />);
    expect(screen.getByRole('heading', { level: 2, name: 'Quick stretches' })).toBeTruthy();
    const rows = screen.getAllByRole('button').filter((b) => b.hasAttribute('data-stretch'));
    expect(rows).toHaveLength(STRETCHES.length);
    for (const row of rows) expect(row.tagName).toBe('BUTTON');
    expect(screen.getByRole('button', { name: /Bird-dog\s*1 min · On the floor/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Tennis-ball massage\s*2 min · Standing, On the floor/ })).toBeTruthy();
  });

  it('filters by place with pressed toggle buttons', () => {
    render(<StretchesSection />);
    const desk = screen.getByRole('button', { name: 'At the desk' });
    expect(screen.getByRole('button', { name: 'All' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(desk);
    expect(desk.getAttribute('aria-pressed')).toBe('true');
    const shown = screen.getAllByRole('button').filter((b) => b.hasAttribute('data-stretch'));
    const deskIds = STRETCHES.filter((s) => s.places.includes('desk')).map((s) => s.id);
    expect(shown.map((b) => b.getAttribute('data-stretch'))).toEqual(deskIds);
    expect(deskIds.length).toBeGreaterThanOrEqual(6);
    fireEvent.click(screen.getByRole('button', { name: 'On the floor' }));
    expect(screen.queryByRole('button', { name: /Seated twist/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Bridges/ })).toBeTruthy();
  });

  it('opens a stretch with steps, caution, places, duration and illustration, then returns focus', async () => {
    render(<StretchesSection />);
    openStretch(/^Bird-dog/);
    const heading = screen.getByRole('heading', { level: 3, name: 'Bird-dog' });
    expect(document.activeElement).toBe(heading);
    const steps = screen.getByRole('list', { name: 'How to do it' });
    expect(within(steps).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByText('Take care:')).toBeTruthy();
    expect(screen.getByText(/without arching your back/)).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Where you can do it' })).getByText('On the floor')).toBeTruthy();
    expect(screen.getByText('About 1 min')).toBeTruthy();
    expect(await screen.findByRole('img', { name: /hands and knees/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /All stretches/ }));
    expect(document.activeElement?.getAttribute('data-stretch')).toBe('birdDog');
  });

  it('sorts the list into spasm, strengthening and loosening groups that say what they are for', () => {
    render(<StretchesSection />);
    const groups = [...document.querySelectorAll('[data-group]')];
    // Desk stretches come first (stretchOrder.ts), so the group of desk moves leads.
    expect(groups.map((g) => g.getAttribute('data-group'))).toEqual(['loosen', 'spasm', 'strengthen']);
    const strengthen = groups[2] as HTMLElement;
    expect(
      within(strengthen).getByRole('heading', { level: 3, name: 'Between spasms: strengthen your core' }),
    ).toBeTruthy();
    expect(within(strengthen).getByText(/natural brace for your spine/)).toBeTruthy();
    expect(within(strengthen).getByText(/not during a spasm/)).toBeTruthy();
    expect(within(groups[0] as HTMLElement).getByText(/Stretching and an active day/)).toBeTruthy();
    // Each strengthening row warns, and so do the deeper desk stretches.
    expect(within(strengthen).getAllByText('Not during a spasm.')).toHaveLength(3);
    expect(within(screen.getByRole('button', { name: /^Seated twist/ })).getByText('Not during a spasm.')).toBeTruthy();
    expect(
      within(screen.getByRole('button', { name: /^Lying knee rolls/ })).queryByText('Not during a spasm.'),
    ).toBeNull();
  });

  it('credits the how-to page of the steps with a link that opens a new tab only on click', () => {
    render(<StretchesSection initialStretchId="seatedHamstring" />);
    const howTo = screen.getByText('Steps from:').closest('p') as HTMLElement;
    const link = within(howTo).getByRole('link', { name: /^Mayo Clinic: Lower back stretches \(video\)/ });
    expect(link.getAttribute('href')).toBe(
      'https://www.mayoclinic.org/healthy-living/adult-health/multimedia/lower-back-stretches/vid-20084700',
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('lang')).toBe('en');
    expect(screen.getByRole('link', { name: /Read the full note/ })).toBeTruthy();
  });

  it('tells a strengthening move to wait until the spasm has passed', () => {
    render(<StretchesSection initialStretchId="bridge" />);
    const note = document.querySelector('[data-note="not-during-spasm"]') as HTMLElement;
    expect(note.textContent).toMatch(/Not during a spasm\. Strengthening is for between spasms/);
  });

  it('opens a stretch on request from another tab, and moves focus to it', () => {
    const { rerender } = render(<StretchesSection />);
    rerender(<StretchesSection request={{ seq: 1, stretchId: 'tennisBall' }} />);
    const heading = screen.getByRole('heading', { level: 3, name: 'Tennis-ball massage' });
    expect(document.activeElement).toBe(heading);
    rerender(<StretchesSection request={{ seq: 2, groupId: 'strengthen' }} />);
    expect(document.activeElement?.textContent).toBe('Between spasms: strengthen your core');
  });

  it('opens an initial stretch without stealing focus', () => {
    render(<StretchesSection initialStretchId="walking" />);
    expect(screen.getByRole('heading', { level: 3, name: 'Easy walk' })).toBeTruthy();
    expect(document.activeElement).toBe(document.body);
  });
});

describe('StretchesSection countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const clock = () => screen.getByRole('timer').textContent;
  const advance = (ms: number) =>
    act(() => {
      vi.advanceTimersByTime(ms);
    });

  it('starts, pauses, resumes and announces the end', () => {
    render(<StretchesSection initialStretchId="seatedPelvicTilt" now={() => Date.now()} />);
    expect(clock()).toBe('Time left: 0:45');
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('');

    const primary = screen.getByRole('button', { name: 'Start Seated pelvic tilt timer' });
    fireEvent.click(primary);
    advance(10_000);
    expect(clock()).toBe('Time left: 0:35');

    // Same button element, new name: focus never jumps.
    expect(screen.getByRole('button', { name: 'Pause Seated pelvic tilt timer' })).toBe(primary);
    fireEvent.click(primary);
    advance(20_000);
    expect(clock()).toBe('Time left: 0:35');
    expect(screen.getByText('Paused')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Resume Seated pelvic tilt timer' }));
    advance(34_000);
    expect(clock()).toBe('Time left: 0:01');
    expect(live?.textContent).toBe('');
    advance(1_000);
    expect(clock()).toBe('Time left: 0:00');
    expect(live?.textContent).toBe("Time's up for Seated pelvic tilt. Well done!");
    expect(screen.getByRole('button', { name: 'Start Seated pelvic tilt timer again' })).toBe(primary);
    expect((screen.getByRole('button', { name: 'Stop Seated pelvic tilt timer' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('stops and resets to the full duration', () => {
    render(<StretchesSection initialStretchId="standingBackExtension" now={() => Date.now()} />);
    const stop = screen.getByRole('button', { name: 'Stop Standing back bend timer' }) as HTMLButtonElement;
    expect(stop.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Start Standing back bend timer' }));
    advance(12_000);
    expect(clock()).toBe('Time left: 0:18');
    expect(stop.disabled).toBe(false);
    fireEvent.click(stop);
    expect(clock()).toBe('Time left: 0:30');
    advance(60_000);
    expect(clock()).toBe('Time left: 0:30');
    expect(screen.getByRole('button', { name: 'Start Standing back bend timer' })).toBeTruthy();
  });

  it('stops ticking when the stretch is closed', () => {
    render(<StretchesSection initialStretchId="walking" now={() => Date.now()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start Easy walk timer' }));
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: /All stretches/ }));
    expect(vi.getTimerCount()).toBe(0);
  });
});
