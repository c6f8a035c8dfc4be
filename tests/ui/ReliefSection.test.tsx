// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RELIEF_TIPS } from '../../src/core/content/relief.ts';
import { ReliefSection } from '../../src/ui/sections/ReliefSection.tsx';

afterEach(cleanup);

describe('ReliefSection', () => {
  it('shows every relief tip under its own heading', () => {
    render(<ReliefSection />);
    expect(screen.getByRole('heading', { level: 2, name: 'My back hurts now' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(RELIEF_TIPS.length);
    for (const name of ['Warmth', 'Cold, wrapped in a towel', 'Switch between warm and cold', 'Keep moving, gently']) {
      expect(screen.getByRole('heading', { level: 3, name })).toBeTruthy();
    }
    expect(screen.getByText(/roughly 20 minutes/)).toBeTruthy();
  });

  it('names the three over-the-counter medicines and the label advice', () => {
    render(<ReliefSection />);
    const pills = document.querySelector('[data-id="painRelief"]') as HTMLElement;
    for (const drug of ['Ibuprofen', 'naproxen', 'acetaminophen'])
      expect(within(pills).getByText(new RegExp(drug))).toBeTruthy();
    expect(screen.getByText(/Follow the label\. Ask a pharmacist if you're unsure/)).toBeTruthy();
  });

  it('links to stretches and the doctor section only when the popup wires them', () => {
    const { unmount } = render(<ReliefSection />);
    expect(screen.queryByRole('button')).toBeNull();
    unmount();

    const onShowStretches = vi.fn();
    const onShowDoctor = vi.fn();
    render(<ReliefSection onShowStretches={onShowStretches} onShowDoctor={onShowDoctor} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show gentle stretches' }));
    fireEvent.click(screen.getByRole('button', { name: 'When to see a doctor' }));
    expect(onShowStretches).toHaveBeenCalledOnce();
    expect(onShowDoctor).toHaveBeenCalledOnce();
  });
});
