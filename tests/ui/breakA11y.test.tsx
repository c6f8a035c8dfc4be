// @vitest-environment happy-dom
// axe-core on the break page (happy-dom: no layout, so contrast and target size are left to e2e).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULTS } from '../../src/core/settings.ts';
import { request } from '../../src/messaging/client.ts';
import { BreakPage } from '../../src/ui/break/BreakPage.tsx';

vi.mock('../../src/messaging/client.ts', () => ({ request: vi.fn() }));
vi.mock('../../src/ui/illustrations/index.ts', () => ({
  StretchIllustration: () => <svg role="img" aria-label="drawing" />,
}));

afterEach(cleanup);

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('break page accessibility', () => {
  it('has no axe violations during a stretch and on the end screen', async () => {
    document.documentElement.lang = 'en';
    document.title = 'Stretch break';
    const started = Date.now();
    let running: number | null = null;
    vi.mocked(request).mockImplementation((async (type: string) => {
      if (type === 'startBreak') running = started;
      const status = { breakStartedAt: running, breakId: running, now: Date.now() };
      if (type === 'getPrefs') return { prefs: DEFAULTS, locked: [], repaired: [] };
      if (type === 'finishBreak') {
        const today = { activeMs: 0, taken: 0, natural: 0, snoozed: 0, skipped: 0 };
        const after = { kind: 'working', remainingMs: 1_800_000, nextBreakAt: Date.now() + 1_800_000, today };
        return { status: after, logged: 'short', durationMs: 4_000 };
      }
      return status;
    }) as never);
    window.history.replaceState(null, '', '/break.html');
    render(<BreakPage />);
    // Opened with no break running: only Start.
    await screen.findByRole('button', { name: 'Start the break' });
    expect(await violations()).toEqual([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Start the break' }));
    await screen.findByText(/^Stretch 1 of/);
    expect(await violations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'End break' }));
    await waitFor(() => expect(screen.getByText('Logged as a short break.')).toBeTruthy());
    expect(await violations()).toEqual([]);
  });
});
