/**
 * Chrome allows one offscreen document per extension, and two features want one: the chime and the
 * daily maintenance. Each checks which one is open before creating its own (platform/offscreen.ts).
 * A fake `chrome.offscreen` / `chrome.runtime.getContexts` stands in for Chrome here; the real
 * maintenance document is tested in tests/e2e/maintenance.e2e.ts.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser, resetFakes } from './fakeBrowser.ts';

vi.mock('../../src/platform/browser.ts', async () => ({ default: (await import('./fakeBrowser.ts')).fakeBrowser }));

const MAINTENANCE = 'src/ui/offscreen/maintenance.html';
const CHIME = 'src/ui/offscreen/chime.html';

/** The one offscreen document slot, as Chrome keeps it. */
function fakeChrome(open: string | null) {
  const slot = { open, created: [] as string[], closed: [] as string[] };
  vi.stubGlobal('chrome', {
    offscreen: {
      hasDocument: async () => slot.open !== null,
      createDocument: async ({ url }: { url: string }) => {
        if (slot.open !== null) throw new Error('Only a single offscreen document may be created.');
        slot.open = url;
        slot.created.push(url);
      },
      closeDocument: async () => {
        if (slot.open === null) throw new Error('No current offscreen document.');
        slot.closed.push(slot.open);
        slot.open = null;
      },
    },
    runtime: {
      getContexts: async ({ documentUrls }: { documentUrls: string[] }) =>
        slot.open !== null && documentUrls.includes(fakeBrowser.runtime.getURL(slot.open)) ? [{}] : [],
    },
  });
  return slot;
}

beforeEach(() => {
  resetFakes();
  vi.stubGlobal('Worker', undefined);
  // The open document's answer (the maintenance worker's, or the chime's).
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, result: null } as never);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('one offscreen document, two users', () => {
  test('the maintenance opens its document, asks it, and closes it', async () => {
    const slot = fakeChrome(null);
    const { runMaintenanceOutside } = await import('../../src/platform/dailyMaintenance.ts');
    expect(await runMaintenanceOutside(1)).toEqual({ ok: true, result: null });
    expect(slot).toEqual({ open: null, created: [MAINTENANCE], closed: [MAINTENANCE] });
  });

  test('while the chime plays, the maintenance waits for the next wake and leaves it alone', async () => {
    const slot = fakeChrome(CHIME);
    const { runMaintenanceOutside } = await import('../../src/platform/dailyMaintenance.ts');
    expect(await runMaintenanceOutside(1)).toBeNull();
    expect(slot).toEqual({ open: CHIME, created: [], closed: [] });
  });

  test('a maintenance document left open by a stopped worker is closed and the maintenance runs', async () => {
    const slot = fakeChrome(MAINTENANCE);
    const { runMaintenanceOutside } = await import('../../src/platform/dailyMaintenance.ts');
    expect(await runMaintenanceOutside(1)).toEqual({ ok: true, result: null });
    expect(slot).toEqual({ open: null, created: [MAINTENANCE], closed: [MAINTENANCE, MAINTENANCE] });
  });

  test('the chime takes the slot from the maintenance, which runs again at the next wake', async () => {
    const slot = fakeChrome(MAINTENANCE);
    const { playChime } = await import('../../src/platform/chime.ts');
    await playChime();
    expect(slot).toEqual({ open: CHIME, created: [CHIME], closed: [MAINTENANCE] });
  });
});
