/**
 * Checklist progress, pure: `now` is an argument so the 7-day re-confirmation rule can be tested
 * at its exact boundary. A set-up drifts (chairs get lowered, screens moved), so a tick older than
 * a week asks to be confirmed again; it still counts as done until the user unticks it.
 */

export const RECONFIRM_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export interface CheckRecord {
  checked: boolean;
  at: number;
}

export type CheckRecords = Readonly<Record<string, CheckRecord | undefined>>;

/** `stale`: checked more than RECONFIRM_AFTER_MS ago (exactly 7 days is still fresh). */
export type CheckState = 'unchecked' | 'checked' | 'stale';

export interface ChecklistProgress {
  total: number;
  /** Checked items, stale ones included. */
  done: number;
  /** Ids of checked items that need re-confirmation, in item order. */
  needsConfirm: string[];
  states: Record<string, CheckState>;
}

export function checkState(record: CheckRecord | undefined, now: number): CheckState {
  if (!record?.checked) return 'unchecked';
  // A corrupt timestamp cannot prove the tick is recent, so ask again rather than trust it.
  if (!Number.isFinite(record.at)) return 'stale';
  // A tick "in the future" (clock moved back) is treated as fresh, never as negative age.
  return now - record.at > RECONFIRM_AFTER_MS ? 'stale' : 'checked';
}

export function checklistProgress(
  items: readonly { id: string }[],
  records: CheckRecords,
  now: number,
): ChecklistProgress {
  const states: Record<string, CheckState> = {};
  const needsConfirm: string[] = [];
  let done = 0;
  for (const { id } of items) {
    // Own-property lookup so ids such as "constructor" never read Object.prototype.
    const state = checkState(Object.hasOwn(records, id) ? records[id] : undefined, now);
    states[id] = state;
    if (state !== 'unchecked') done += 1;
    if (state === 'stale') needsConfirm.push(id);
  }
  return { total: items.length, done, needsConfirm, states };
}
