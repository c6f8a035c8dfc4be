/**
 * The `checklist` store: ergonomic checklist item id → checked, and when. Written by the popup
 * (a tick changes nothing in the schedule). A damaged record reads as unchecked and is removed with
 * a notice.
 */
import type { Checked } from '../../core/checked.ts';
import { isNonNegativeFinite, isPlainObject } from '../../core/guards.ts';
import { type Damaged, repairEach } from '../repair.ts';
import type { LimberDb } from '../schema.ts';

export interface ChecklistRecord {
  id: string;
  checked: boolean;
  at: number;
}

declare module '../schema.ts' {
  interface LimberSchema {
    checklist: { key: string; value: ChecklistRecord };
  }
}

export type ChecklistMarks = Record<string, { checked: boolean; at: number }>;

export function validateChecklistRecord(v: unknown): Checked<ChecklistRecord> {
  if (!isPlainObject(v)) return { ok: false, reason: 'not an object' };
  if (typeof v.id !== 'string' || v.id === '') return { ok: false, reason: 'id must be a non-empty text' };
  if (typeof v.checked !== 'boolean') return { ok: false, reason: 'checked must be true or false' };
  if (!isNonNegativeFinite(v.at)) return { ok: false, reason: 'at must be a time (a number of ms, not negative)' };
  return { ok: true, record: { id: v.id, checked: v.checked, at: v.at } };
}

export async function loadChecklist(db: LimberDb, now = Date.now()): Promise<ChecklistMarks> {
  const tx = db.transaction('checklist');
  const [values, keys] = await Promise.all([tx.store.getAll(), tx.store.getAllKeys(), tx.done]);
  // A null prototype: item ids come from content, but a stored id like '__proto__' must stay data.
  const marks: ChecklistMarks = Object.create(null);
  const damaged: Damaged[] = [];
  values.forEach((value: unknown, i) => {
    const check = validateChecklistRecord(value);
    if (check.ok) marks[check.record.id] = { checked: check.record.checked, at: check.record.at };
    else damaged.push({ key: keys[i] as IDBValidKey, reason: check.reason });
  });
  await repairEach(
    db,
    ['checklist'],
    damaged,
    async (tx, item) => {
      const store = tx.objectStore('checklist');
      const current: unknown = await store.get(item.key as string);
      if (current === undefined || validateChecklistRecord(current).ok) return false;
      await store.delete(item.key as string);
      return true;
    },
    (count, reasons) => `${count} damaged checklist marks removed (${reasons})`,
    now,
  );
  return marks;
}

/** Throws (nothing written) on an empty id or an impossible time. */
export async function setChecklistItem(db: LimberDb, id: string, checked: boolean, at: number): Promise<void> {
  const check = validateChecklistRecord({ id, checked, at });
  if (!check.ok) throw new Error(`Checklist mark not saved: ${check.reason}`);
  await db.put('checklist', check.record);
}
