/**
 * Daily history maintenance (retention and packing, src/storage/operations/maintenance.ts): the
 * background decides when, and a dedicated worker does it (platform/dailyMaintenance.ts), so the
 * compaction code is not in the background's bundle. Checked at start-up and on the wake alarm rather
 * than with an alarm of its own: a browser left running for weeks still gets it, and the worker keeps
 * a single alarm. The day it last ran is stored in `meta`; the in-memory copy only spares a database
 * read on every heartbeat of the same worker life.
 */
import { dayKey } from '../core/localDay.ts';
import { runMaintenanceOutside } from '../platform/dailyMaintenance.ts';
import { readText } from '../storage/stores/meta.ts';
import { now } from './clock.ts';
import { database } from './database.ts';

let doneFor: string | null = null;

export async function maintainDaily(): Promise<void> {
  const at = now();
  const today = dayKey(at);
  if (doneFor === today) return;
  if ((await readText(await database(), 'maintenanceDay')) !== today) {
    const reply = await runMaintenanceOutside(at).catch((error: unknown) => ({
      ok: false as const,
      error: error instanceof Error ? error.message : String(error),
    }));
    // Nothing could run it now (the one offscreen document is busy): the next wake tries again.
    if (reply === null) return;
    // A failure is reported, and not retried in this worker life: the next one tries again.
    doneFor = today;
    if (!reply.ok) throw new Error(reply.error);
  }
  doneFor = today;
}
