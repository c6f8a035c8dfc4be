/**
 * The ergonomic checklist: item id → checked, and when. Damaged records are skipped (the item reads
 * as unchecked), then removed with a notice.
 */
import { isNonNegativeFinite, isPlainObject } from '../core/guards.ts';
import { type Damaged, discardDamaged } from './discardDamaged.ts';
import type { LimberDb } from './schema.ts';

export type ChecklistMarks = Record<string, { checked: boolean; at: number }>;

/** The interface src/ui/sections/checklistStore.ts expects. */
export interface ChecklistStore {
  load(): Promise<ChecklistMarks>;
  set(id: string, checked: boolean, at: number): Promise<void>;
}

/** Why a stored checklist record is unusable, or null. Pure. */
export function checklistProblem(v: unknown): string | null {
  if (!isPlainObject(v)) return 'not an object';
  if (typeof v.id !== 'string' || v.id === '') return 'id must be a non-empty text';
  if (typeof v.checked !== 'boolean') return 'checked must be true or false';
  if (!isNonNegativeFinite(v.at)) return 'at must be a time (a number of ms, not negative)';
  return null;
}

export async function loadChecklist(db: LimberDb, now = Date.now()): Promise<ChecklistMarks> {
  const tx = db.transaction('checklist');
  const [values, keys] = await Promise.all([tx.store.getAll(), tx.store.getAllKeys(), tx.done]);
  // A null prototype: item ids come from content, but a stored id like '__proto__' must stay data.
  const marks: ChecklistMarks = Object.create(null);
  const damaged: Damaged[] = [];
  values.forEach((value: unknown, i) => {
    const problem = checklistProblem(value);
    if (problem) damaged.push({ key: keys[i] as IDBValidKey, reason: problem });
    else {
      const { id, checked, at } = value as { id: string; checked: boolean; at: number };
      marks[id] = { checked, at };
    }
  });
  await discardDamaged(db, 'checklist', damaged, (v) => checklistProblem(v) !== null, 'checklist marks', now);
  return marks;
}

/** Throws (nothing written) on an empty id or an impossible time. */
export async function setChecklistItem(db: LimberDb, id: string, checked: boolean, at: number): Promise<void> {
  const problem = checklistProblem({ id, checked, at });
  if (problem) throw new Error(`Checklist mark not saved: ${problem}`);
  await db.put('checklist', { id, checked, at });
}

export function checklistStore(db: LimberDb): ChecklistStore {
  return {
    load: () => loadChecklist(db),
    set: (id, checked, at) => setChecklistItem(db, id, checked, at),
  };
}
