/**
 * A dedicated worker that runs the daily maintenance (history retention and packing) when the
 * background asks, so that code stays out of the background's own bundle. Started by
 * src/platform/maintenanceWorker.ts: from Chrome's offscreen document (maintenance.html), or
 * directly by Firefox's event page. Receives the time to run it for (the background's clock) and
 * answers with what it did.
 */
import { isMaintenanceRequest, type MaintenanceReply } from '../../platform/maintenanceWorker.ts';
import { runMaintenance } from '../../storage/pages/maintenance.ts';

/** The answer to one message; anything but a maintenance request is ignored (null). */
export async function answer(message: unknown): Promise<MaintenanceReply | null> {
  if (!isMaintenanceRequest(message)) return null;
  try {
    return { ok: true, result: await runMaintenance(message.at) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(reply: MaintenanceReply): void;
};

scope.onmessage = (event) => {
  void answer(event.data).then((reply) => {
    if (reply) scope.postMessage(reply);
  });
};
