/**
 * Daily history maintenance (retention and compaction, src/storage/operations/maintenance.ts), run from
 * start-up and piggy-backed on the wake alarm rather than on an alarm of its own: a browser left
 * running for weeks still gets it, and the worker keeps a single alarm. The day it last ran is
 * stored; this in-memory copy only spares a database read on every heartbeat of the same worker life.
 */
import { dayKey } from '../core/localDay.ts';
import { runDailyMaintenance } from '../storage/operations/maintenance.ts';
import { now } from './clock.ts';
import { database } from './database.ts';

let doneFor: string | null = null;

export async function maintainDaily(): Promise<void> {
  const at = now();
  const today = dayKey(at);
  if (doneFor === today) return;
  await runDailyMaintenance(await database(), at);
  doneFor = today;
}
