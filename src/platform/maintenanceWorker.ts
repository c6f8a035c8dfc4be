/**
 * The dedicated worker that runs the daily maintenance (src/ui/offscreen/maintenanceWorker.ts,
 * built as one file, maintenance-worker.js): start it, send it the time to run for, wait for its
 * answer, stop it. Used by the background where it can start a worker itself (Firefox's event page),
 * and by Chrome's offscreen document, which the service worker needs for it.
 */
import { pageApi } from './pageApi.ts';

export const MAINTENANCE_WORKER_FILE = 'maintenance-worker.js';

export interface MaintenanceRequest {
  limberMaintenance: 1;
  at: number;
}

export type MaintenanceReply = { ok: true; result: unknown } | { ok: false; error: string };

export function isMaintenanceRequest(v: unknown): v is MaintenanceRequest {
  const m = v as Partial<MaintenanceRequest> | null;
  return typeof m === 'object' && m !== null && m.limberMaintenance === 1 && Number.isFinite(m.at);
}

/** Runs the maintenance in a new dedicated worker and stops it once it has answered. */
export function runMaintenanceWorker(workerUrl: string, at: number): Promise<MaintenanceReply> {
  return new Promise((resolve) => {
    const worker = new Worker(workerUrl, { type: 'module' });
    const finish = (reply: MaintenanceReply) => {
      worker.terminate();
      resolve(reply);
    };
    worker.onmessage = (event: MessageEvent<MaintenanceReply>) => finish(event.data);
    worker.onerror = (event) => finish({ ok: false, error: event.message || 'the maintenance worker failed' });
    const request: MaintenanceRequest = { limberMaintenance: 1, at };
    worker.postMessage(request);
  });
}

/** In Chrome's offscreen document: run the worker when the background asks, and answer with its reply. */
export function onMaintenanceRequest(workerUrl: string): void {
  pageApi().runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!isMaintenanceRequest(message)) return undefined;
    void runMaintenanceWorker(workerUrl, message.at).then(sendResponse);
    // The answer comes later: keep the channel open.
    return true;
  });
}
