/**
 * The one way a read repairs what it found damaged. The read itself already skipped the damage and
 * answered; the repair then opens ONE write transaction, re-checks each record inside it (a good
 * record written since the read must not be touched), fixes what is still damaged and leaves one
 * notice in `meta`, all together or not at all. What "fix" means belongs to each store: a history
 * event or checklist mark is removed (its default is its absence), a day's figures are rebuilt,
 * preferences are repaired field by field, a scheduler state is dropped for a fresh one.
 */
import type { IDBPTransaction } from 'idb';
import type { LimberDb, LimberSchema, LimberStore } from './schema.ts';
import { appendNotice } from './stores/meta.ts';

export type RepairTx<S extends LimberStore> = IDBPTransaction<LimberSchema, (S | 'meta')[], 'readwrite'>;

/** A record a read could not use: its primary key as IndexedDB holds it, and why. */
export interface Damaged {
  key: IDBValidKey;
  reason: string;
}

/** What a repair did: its result for the caller, and the notice to leave (null: nothing to report). */
export interface Repaired<R> {
  result: R;
  notice: string | null;
}

/** Runs `work` in one write transaction over `stores` and `meta`; its notice is written in the same transaction. */
export async function repairInWrite<S extends LimberStore, R>(
  db: LimberDb,
  stores: readonly S[],
  at: number,
  work: (tx: RepairTx<S>) => Promise<Repaired<R>>,
): Promise<R> {
  const tx = db.transaction([...stores, 'meta'], 'readwrite') as RepairTx<S>;
  const run = async () => {
    const { result, notice } = await work(tx);
    if (notice !== null) await appendNotice(tx.objectStore('meta'), notice, at);
    return result;
  };
  const [result] = await Promise.all([run(), tx.done]);
  return result;
}

/**
 * Repairs a list of damaged records: `fixOne` re-checks one inside the transaction and fixes it,
 * answering false when it needed nothing (gone, or good by now). One notice counts the fixed ones
 * and names the first few: a list of hundreds would say nothing more.
 */
export async function repairEach<S extends LimberStore>(
  db: LimberDb,
  stores: readonly S[],
  damaged: readonly Damaged[],
  fixOne: (tx: RepairTx<S>, item: Damaged) => Promise<boolean>,
  notice: (count: number, reasons: string) => string,
  at: number,
): Promise<void> {
  if (damaged.length === 0) return;
  await repairInWrite(db, stores, at, async (tx) => {
    const fixed: Damaged[] = [];
    for (const item of damaged) {
      if (await fixOne(tx, item)) fixed.push(item);
    }
    return { result: undefined, notice: fixed.length > 0 ? notice(fixed.length, summarizeDamage(fixed)) : null };
  });
}

export const describeDamage = (d: Damaged): string => `${String(d.key)}: ${d.reason}`;

/** The first few of a list of damaged records, for a notice. */
export function summarizeDamage(items: readonly Damaged[]): string {
  const shown = items.slice(0, 5).map(describeDamage).join('; ');
  return items.length > 5 ? `${shown}; …` : shown;
}
