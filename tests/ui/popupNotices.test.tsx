// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { request } from '../../src/messaging/client.ts';
import { NoticesBanner } from '../../src/ui/popup/NoticesBanner.tsx';

vi.mock('../../src/messaging/client.ts', () => ({ request: vi.fn() }));
const mockRequest = vi.mocked(request);
afterEach(() => {
  cleanup();
  mockRequest.mockReset();
});

test('repairs of damaged data are shown until dismissed', async () => {
  const notice = {
    at: 1,
    message: 'Some saved preferences were damaged and were reset to their defaults: workIntervalMin',
  };
  mockRequest.mockImplementation(async (type) => (type === 'getNotices' ? [notice] : []) as never);
  render(<NoticesBanner />);
  await screen.findByRole('heading', { name: 'Limber repaired some damaged saved data' });
  expect(screen.getByText(notice.message)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
  await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  expect(mockRequest.mock.calls.map(([type]) => type)).toEqual(['getNotices', 'dismissNotices']);
});

test('nothing is shown when there is nothing to report', async () => {
  mockRequest.mockResolvedValue([] as never);
  const { container } = render(<NoticesBanner />);
  await waitFor(() => expect(mockRequest).toHaveBeenCalledWith('getNotices', {}));
  expect(container.textContent).toBe('');
});
