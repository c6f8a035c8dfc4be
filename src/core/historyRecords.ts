/** The shapes of stored history records (the `history` store, src/storage/stores/history.ts). */
import type { HistoryKind } from './schedulerTypes.ts';

/** One event; the id `${kind}:${at}` is stable so the same event written twice is one record. */
export interface HistoryEventRecord {
  id: string;
  day: string;
  kind: HistoryKind;
  at: number;
  durationMs?: number;
}

/** Active time of one local day, id `active:YYYY-MM-DD`, added to as time accrues. */
export interface ActiveRecord {
  id: string;
  day: string;
  kind: 'active';
  ms: number;
}

export type HistoryRecord = HistoryEventRecord | ActiveRecord;
