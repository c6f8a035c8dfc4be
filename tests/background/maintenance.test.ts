/**
 * The daily maintenance as the background runs it: it decides when (once per local day), and a
 * dedicated worker does the work, outside the background's bundle. Node has no Web Worker, so the
 * Worker here runs the real worker module's handler (src/ui/offscreen/maintenanceWorker.ts) in this
 * thread; the real worker, started from Chrome's offscreen document, is tested in
 * tests/e2e/maintenance.e2e.ts.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { addDays } from '../../src/core/insights/calendar.ts';
import { dayKey } from '../../src/core/localDay.ts';
import { openLimberDb } from '../../src/storage/open.ts';
import { resetFakes } from './fakeBrowser.ts';

vi.mock('../../src/platform/browser.ts', async () => ({ default: (await import('./fakeBrowser.ts')).fakeBrowser }));

const started: { url: string; terminated: boolean }[] = [];

/** A Worker that answers with the real maintenance worker's handler. */
class InThreadWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  private readonly record: { url: string; terminated: boolean };
  constructor(url: string) {
    this.record = { url, terminated: false };
    started.push(this.record);
  }
  postMessage(message: unknown): void {
    void import('../../src/ui/offscreen/maintenanceWorker.ts')
      .then(({ answer }) => answer(message))
      .then((reply) => this.onmessage?.({ data: reply }));
  }
  terminate(): void {
    this.record.terminated = true;
  }
}

const today = () => dayKey(Date.now());

async function plantOldEvent(): Promise<string> {
  const day = addDays(today(), -120);
  const db = await openLimberDb();
  await db.put('history', { id: 'taken:5', day, kind: 'taken', at: 5, durationMs: 60_000 });
  db.close();
  return day;
}

async function stored() {
  const db = await openLimberDb();
  const result = {
    archive: await db.getAllKeys('archive'),
    history: await db.getAllKeys('history'),
    maintenanceDay: await db.get('meta', 'maintenanceDay'),
  };
  db.close();
  return result;
}

beforeEach(() => {
  resetFakes();
  started.length = 0;
  vi.stubGlobal('Worker', InThreadWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('daily maintenance from the background', () => {
  test('runs in a dedicated worker once per local day, and packs what is old enough', async () => {
    const day = await plantOldEvent();
    const { maintainDaily } = await import('../../src/background/maintenance.ts');
    await maintainDaily();
    expect(started).toEqual([{ url: expect.stringMatching(/\/maintenance-worker\.js$/), terminated: true }]);
    expect(await stored()).toEqual({ archive: [day], history: [], maintenanceDay: today() });
    await maintainDaily();
    expect(started).toHaveLength(1);
  });

  test('a new worker life that finds today done starts no worker', async () => {
    const db = await openLimberDb();
    await db.put('meta', today(), 'maintenanceDay');
    db.close();
    const { maintainDaily } = await import('../../src/background/maintenance.ts');
    await maintainDaily();
    expect(started).toEqual([]);
  });

  test('where no worker can be started, nothing runs and the next wake tries again', async () => {
    vi.stubGlobal('Worker', undefined);
    await plantOldEvent();
    const { maintainDaily } = await import('../../src/background/maintenance.ts');
    await maintainDaily();
    expect((await stored()).maintenanceDay).toBeUndefined();
    vi.stubGlobal('Worker', InThreadWorker);
    await maintainDaily();
    expect(started).toHaveLength(1);
    expect((await stored()).maintenanceDay).toBe(today());
  });

  test("a failing worker is reported, and not retried in this worker's life", async () => {
    let tries = 0;
    vi.stubGlobal(
      'Worker',
      class {
        onerror: ((event: { message: string }) => void) | null = null;
        postMessage() {
          tries += 1;
          this.onerror?.({ message: 'script failed to load' });
        }
        terminate() {}
      },
    );
    const { maintainDaily } = await import('../../src/background/maintenance.ts');
    await expect(maintainDaily()).rejects.toThrow('script failed to load');
    await maintainDaily();
    expect(tries).toBe(1);
    expect((await stored()).maintenanceDay).toBeUndefined();
  });
});
