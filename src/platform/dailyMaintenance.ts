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
import { offscreenApi, offscreenDocumentIs } from './offscreen.ts';

export const MAINTENANCE_PAGE = 'src/ui/offscreen/maintenance.html';

/**
 * The worker's answer, or null when it cannot run now: no way to start a worker here, or the one
 * offscreen document an extension may have is already open (the chime's). Try again at the next wake.
 */
export async function runMaintenanceOutside(at: number): Promise<MaintenanceReply | null> {
  if (typeof Worker === 'function') return runMaintenanceWorker(browser.runtime.getURL(MAINTENANCE_WORKER_FILE), at);
  const offscreen = offscreenApi();
  if (!offscreen) return null;
  if (await offscreen.hasDocument?.()) {
    // Ours, left open by a worker stopped mid-run: close it and run again. The chime's: wait.
    if ((await offscreenDocumentIs(MAINTENANCE_PAGE)) !== true) return null;
    await offscreen.closeDocument();
  }
  await offscreen.createDocument({
    url: MAINTENANCE_PAGE,
    reasons: ['WORKERS'],
    justification: 'Runs the daily history maintenance in a worker',
  });
  try {
    const request: MaintenanceRequest = { limberMaintenance: 1, at };
    return ((await browser.runtime.sendMessage(request)) as MaintenanceReply | undefined) ?? null;
  } finally {
    // Unless the chime has replaced it meanwhile (it closes ours to play): that one is not ours to close.
    if ((await offscreenDocumentIs(MAINTENANCE_PAGE)) !== false) await offscreen.closeDocument().catch(() => undefined);
  }
}
