/**
 * Runs the daily maintenance outside the background's bundle, in the dedicated maintenance worker
 * (maintenanceWorker.ts). Feature-detected, never sniffed: where the background can start a worker
 * itself (Firefox's event page is a page) it does; where it cannot but the offscreen API exists
 * (Chrome's service worker), a hidden offscreen document starts it and is closed once it answered.
 */
import browser from './browser.ts';
import {
  MAINTENANCE_WORKER_FILE,
  type MaintenanceReply,
  type MaintenanceRequest,
  runMaintenanceWorker,
} from './maintenanceWorker.ts';

export const MAINTENANCE_PAGE = 'src/ui/offscreen/maintenance.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

const offscreenApi = (): OffscreenApi | undefined =>
  (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

/**
 * The worker's answer, or null when it cannot run now: no way to start a worker here, or the one
 * offscreen document an extension may have is already open (the chime's). Try again at the next wake.
 */
export async function runMaintenanceOutside(at: number): Promise<MaintenanceReply | null> {
  if (typeof Worker === 'function') return runMaintenanceWorker(browser.runtime.getURL(MAINTENANCE_WORKER_FILE), at);
  const offscreen = offscreenApi();
  if (!offscreen || (await offscreen.hasDocument?.())) return null;
  await offscreen.createDocument({
    url: MAINTENANCE_PAGE,
    reasons: ['WORKERS'],
    justification: 'Runs the daily history maintenance in a worker',
  });
  try {
    const request: MaintenanceRequest = { limberMaintenance: 1, at };
    return ((await browser.runtime.sendMessage(request)) as MaintenanceReply | undefined) ?? null;
  } finally {
    await offscreen.closeDocument();
  }
}
