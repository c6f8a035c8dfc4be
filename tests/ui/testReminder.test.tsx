// @vitest-environment happy-dom
/** "Send a test reminder": what it says for each answer the background can give. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { request } from '../../src/messaging/client.ts';
import type { TestReminderResult } from '../../src/messaging/protocol.ts';
import { TestReminder } from '../../src/ui/shared/TestReminder.tsx';

vi.mock('../../src/messaging/client.ts', () => ({ request: vi.fn() }));
vi.mock('../../src/platform/pageEnvironment.ts', () => ({ operatingSystem: async () => 'mac' }));
const mockRequest = vi.mocked(request);
afterEach(cleanup);

async function send(result: TestReminderResult | Error, props = {}) {
  mockRequest.mockImplementation((async () => {
    if (result instanceof Error) throw result;
    return result;
  }) as never);
  render(<TestReminder {...props} />);
  fireEvent.click(screen.getByRole('button', { name: 'Send a test reminder' }));
}

describe('TestReminder', () => {
  it('blocked by the browser: says so and that the window takes over, asks nothing', async () => {
    await send({ permission: 'denied', notification: false, window: true });
    await screen.findByText(/Notifications from Limber are turned off in this browser/);
    expect(screen.queryByText('Did a reminder appear on your screen?')).toBeNull();
    // The system's help is still there, the person's own system first and open.
    const systems = [...document.querySelectorAll('details.chk-os')];
    expect(systems[0]?.textContent).toMatch(/^macOS/);
    expect(systems[0]?.hasAttribute('open')).toBe(true);
  });

  it('allowed and seen: a plain confirmation, help stays closed', async () => {
    await send({ permission: 'granted', notification: true, window: false });
    await screen.findByText('Sent. This browser allows Limber’s notifications.');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, I saw it' }));
    await screen.findByText('Good. You will see Limber’s reminders.');
    expect(document.querySelector('details.chk-help')?.hasAttribute('open')).toBe(false);
  });

  it('where the browser cannot say (Firefox): no claim that it was allowed; the window opened too', async () => {
    await send({ permission: 'unknown', notification: true, window: true });
    const line = await screen.findByText(/^Sent\./);
    expect(line.textContent).not.toMatch(/allows/);
    expect(line.textContent).toMatch(/notifications in this browser have no buttons/);
  });

  it('not seen: opens the help and offers the reminder window, which it switches to', async () => {
    const onUseWindow = vi.fn(async () => undefined);
    await send({ permission: 'granted', notification: true, window: false }, { onUseWindow });
    fireEvent.click(await screen.findByRole('button', { name: 'No, nothing appeared' }));
    expect(document.querySelector('details.chk-help')?.hasAttribute('open')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Use the reminder window instead' }));
    await screen.findByText('Done: reminders now appear as a small Limber window.');
    expect(onUseWindow).toHaveBeenCalledOnce();
    const results = await axe.run(document.body, { resultTypes: ['violations'] });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('a failure is said plainly', async () => {
    await send(new Error('Could not establish connection.'));
    await screen.findByText('The test reminder could not be sent: Could not establish connection.');
  });
});
