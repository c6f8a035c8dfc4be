// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazySection } from '../../src/ui/popup/lazySection.tsx';

afterEach(cleanup);

function Hello({ name }: { name: string }) {
  return <h2>Hello {name}</h2>;
}

describe('lazySection', () => {
  it('shows a loading line, then the loaded component with its props; loads once', async () => {
    const load = vi.fn(async () => Hello);
    const Section = lazySection(load);
    render(<Section name="desk" />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Hello desk' })).toBeTruthy();
    cleanup();
    await Section.preload();
    render(<Section name="again" />);
    // Already loaded: rendered synchronously, no loading line.
    expect(screen.getByRole('heading', { name: 'Hello again' })).toBeTruthy();
    expect(load).toHaveBeenCalledOnce();
  });

  it('a failed load says so and can be retried', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValue(Hello);
    const Section = lazySection<{ name: string }>(load);
    render(<Section name="retry" />);
    expect((await screen.findByRole('alert')).textContent).toMatch('This section could not be loaded.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Hello retry' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('a load that finishes between the first render and its effect still shows the section', async () => {
    // A hover starts the load; the click renders the section while the load is still pending; the
    // load finishes before Preact runs the section's effect (effects wait for the next frame).
    let finish: (component: typeof Hello) => void = () => undefined;
    const Section = lazySection(() => new Promise<typeof Hello>((resolve) => (finish = resolve)));
    const hovered = Section.preload();
    const container = document.body.appendChild(document.createElement('div'));
    try {
      // Preact's own render, not Testing Library's (its act() would run the effect at once).
      preactRender(<Section name="race" />, container);
      expect(container.textContent).toBe('Loading…');
      finish(Hello);
      await hovered;
      // Loaded, but the effect has not run yet: the race as it happens in the real popup.
      expect(container.textContent).toBe('Loading…');
      await waitFor(() => expect(container.querySelector('h2')?.textContent).toBe('Hello race'));
    } finally {
      preactRender(null, container);
      container.remove();
    }
  });
});
