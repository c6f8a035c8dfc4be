// @vitest-environment happy-dom
/**
 * The options page's reminder settings and how to find your way: a table of contents, two
 * unmistakable "window" settings, the escalation switch, the note when the browser blocks
 * notifications, and a refused value shown beside what is still saved.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Prefs } from '../../src/core/settings.ts';
import { request } from '../../src/messaging/client.ts';
import { OptionsApp } from '../../src/ui/options/OptionsApp.tsx';
import { fakeBackground } from './optionsFakeBackground.ts';

vi.mock('../../src/messaging/client.ts', () => ({ request: vi.fn() }));
const permission = vi.hoisted(() => ({ level: 'granted' as 'granted' | 'denied' | 'unknown' }));
vi.mock('../../src/platform/pageEnvironment.ts', () => ({
  pageNotificationPermission: async () => permission.level,
  operatingSystem: async () => 'win',
}));
const mockRequest = vi.mocked(request);
afterEach(cleanup);

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
const field = (key: string) => document.querySelector(`[data-field="${key}"]`) as HTMLElement;

async function open(initial: Partial<Prefs> = {}) {
  const bg = fakeBackground(initial);
  mockRequest.mockImplementation(bg.handle as never);
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Breaks' });
  await settle();
  return bg;
}

describe('finding your way', () => {
  it('has a table of contents linking every section', async () => {
    await open();
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const links = [...nav.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Breaks', '#breaks'],
      ['Reminders', '#reminders'],
      ['Working hours', '#hours'],
      ['Hold reminders', '#hold'],
      ['Your data', '#data'],
      ['Privacy', '#privacy'],
    ]);
    for (const [, href] of links) expect(document.querySelector(String(href))?.tagName).toBe('SECTION');
  });

  it('names the two window settings apart: how a break is announced, and where the break opens', async () => {
    const bg = await open();
    expect(field('reminderStyle').querySelector('legend')?.textContent).toBe('How a due break is announced');
    expect(field('breakInWindow').querySelector('legend')?.textContent).toBe('Where the guided break opens');
    fireEvent.click(screen.getByLabelText(/In its own window/));
    await settle();
    expect(bg.prefs.breakInWindow).toBe(true);
    expect(bg.prefs.reminderStyle).toBe('notification');
    fireEvent.click(screen.getByLabelText(/In a new tab/));
    await settle();
    expect(bg.prefs.breakInWindow).toBe(false);
  });

  it('turns the escalation off and on', async () => {
    const bg = await open();
    const box = field('escalateReminder').querySelector('input') as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await settle();
    expect(bg.prefs.escalateReminder).toBe(false);
  });

  it('keeps a refused value in sight, says what is still in use, and puts it back on request', async () => {
    const bg = await open();
    const input = field('workIntervalMin').querySelector('input') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '241' } });
    fireEvent.change(input);
    await settle();
    expect(input.value).toBe('241');
    const kept = field('workIntervalMin').querySelector('.opt-kept') as HTMLElement;
    expect(kept.hidden).toBe(false);
    expect(kept.textContent).toContain('Not saved. Limber keeps using 30 minutes.');
    expect(input.getAttribute('aria-describedby')).toContain(kept.id);
    expect(bg.prefs.workIntervalMin).toBe(30);
    fireEvent.click(screen.getByRole('button', { name: 'Put back 30' }));
    await settle();
    expect(input.value).toBe('30');
    expect(kept.hidden).toBe(true);
  });
});

describe('notifications blocked by the browser', () => {
  it('says why reminders come as the window', async () => {
    permission.level = 'denied';
    await open();
    await screen.findByTestId('notifications-blocked');
    expect(screen.getByTestId('notifications-blocked').textContent).toMatch(/blocked in this browser/);
  });

  it('says nothing when they are allowed or the browser cannot tell', async () => {
    for (const level of ['granted', 'unknown'] as const) {
      permission.level = level;
      await open();
      expect(screen.queryByTestId('notifications-blocked')).toBeNull();
      cleanup();
    }
  });
});
