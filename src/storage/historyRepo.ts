/**
 * History: events by stable id and per-day active-time totals, indexed by local day. Writes of one
 * scheduler step go in one transaction; reads skip damaged records at once, then remove and report
 * them (discardDamaged.ts).
 */
import type { HistoryEntry } from '../core/schedulerTypes.ts';
import type { Status } from '../core/status.ts';
import { isDayKey, validateHistoryRecord } from '../core/validateHistory.ts';
import { type Damaged, discardDamaged } from './discardDamaged.ts';
import { isEmptyPlan, planHistory, writeHistory } from './historyWrite.ts';
import type { HistoryRecord, LimberDb } from './schema.ts';

export type TodayFigures = Status['today'];
export interface HistoryRead {
  records: HistoryRecord[];
  /** One line per damaged record that was skipped (and removed, with a notice). */
  damaged: string[];
}

const isDamaged = (v: unknown) => !validateHistoryRecord(v).ok;

/**
 * Records entries in ONE transaction (see writeHistory for the rules). Invalid entries are not
 * written and come back in `rejected`; the valid ones are still recorded.
 */
export async function applyHistory(
  db: LimberDb,
  entries: readonly HistoryEntry[],
  now = Date.now(),
): Promise<{ rejected: string[] }> {
  const plan = planHistory(entries);
  if (isEmptyPlan(plan)) return { rejected: plan.rejected };
  const tx = db.transaction(['history', 'meta'], 'readwrite');
  await Promise.all([writeHistory(tx.objectStore('history'), tx.objectStore('meta'), plan, now), tx.done]);
  return { rejected: plan.rejected };
}

async function readChecked(db: LimberDb, range: IDBKeyRange | null, now: number): Promise<HistoryRead> {
  const tx = db.transaction('history');
  // Keys and values of one source in one transaction come back in the same order.
  const source = range ? tx.store.index('day') : tx.store;
  const [values, keys] = await Promise.all([source.getAll(range), source.getAllKeys(range), tx.done]);
  const records: HistoryRecord[] = [];
  const damaged: Damaged[] = [];
  values.forEach((value: unknown, i) => {
    const check = validateHistoryRecord(value);
    if (check.ok) records.push(check.record);
    else damaged.push({ key: keys[i] as IDBValidKey, reason: check.reason });
  });
  await discardDamaged(db, 'history', damaged, isDamaged, 'history records', now);
  return { records, damaged: damaged.map((d) => `${String(d.key)}: ${d.reason}`) };
}

/** Records of the local days fromDay..toDay inclusive ('YYYY-MM-DD'), in day order. */
export async function historyForDays(
  db: LimberDb,
  fromDay: string,
  toDay: string,
  now = Date.now(),
): Promise<HistoryRead> {
  if (!isDayKey(fromDay) || !isDayKey(toDay)) {
    throw new RangeError(`historyForDays needs days like 2024-05-31, got ${fromDay} and ${toDay}`);
  }
  if (fromDay > toDay) return { records: [], damaged: [] };
  return readChecked(db, IDBKeyRange.bound(fromDay, toDay), now);
}

/** Everything (export, insights over all time), in day order. */
export async function allHistory(db: LimberDb, now = Date.now()): Promise<HistoryRead> {
  const read = await readChecked(db, null, now);
  read.records.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return read;
}

export async function todayFigures(db: LimberDb, day: string, now = Date.now()): Promise<TodayFigures> {
  const figures: TodayFigures = { activeMs: 0, taken: 0, short: 0, natural: 0, snoozed: 0, skipped: 0 };
  for (const r of (await historyForDays(db, day, day, now)).records) {
    if (r.kind === 'active') figures.activeMs += r.ms;
    else if (r.kind !== 'reminded') figures[r.kind] += 1;
  }
  return figures;
}
