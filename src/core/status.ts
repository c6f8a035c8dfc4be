/** What the popup, badge and notification show, derived from the state: never stored. */
import type { HoldReason } from './schedulerTypes.ts';

export type StatusKind = 'working' | 'due' | 'snoozed' | 'paused' | 'offHours' | 'onBreak' | 'away';

export interface Status {
  kind: StatusKind;
  now: number;
  /** Active time accrued in this cycle, ms. */
  accruedMs: number;
  /** Active time still to go before the next break (0 when due), ms. */
  remainingMs: number;
  /** Wall-clock estimate of the next reminder if activity continues, or null (paused, off-hours). */
  nextBreakAt: number | null;
  snoozeUntil: number | null;
  pausedUntil: number | null;
  breakStartedAt: number | null;
  snoozeCount: number;
  snoozesLeft: number;
  /** Why a due reminder is waiting, if it is. */
  holdReason: HoldReason | null;
  /** Next working-hours start when outside them. */
  workStartsAt: number | null;
  /** Today's figures (local day). */
  today: { activeMs: number; taken: number; natural: number; snoozed: number; skipped: number };
}
