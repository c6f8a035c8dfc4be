/** What the popup, badge and notification show, derived from the state: never stored. */
import type { HoldReason } from './schedulerTypes.ts';

export type StatusKind = 'working' | 'due' | 'snoozed' | 'paused' | 'offHours' | 'onBreak' | 'away';

export interface Status {
  kind: StatusKind;
  now: number;
  /** The countdown runs: working, snoozed, or away for less than the natural break (still sitting). */
  counting: boolean;
  /** Active time accrued in this cycle, ms. */
  accruedMs: number;
  /** Active time still to go before the next break (0 when due), ms. */
  remainingMs: number;
  /** Wall-clock estimate of the next reminder if activity continues, or null (paused, off-hours). */
  nextBreakAt: number | null;
  snoozeUntil: number | null;
  pausedUntil: number | null;
  breakStartedAt: number | null;
  /** Names the running break (finishBreak must name it), or null. */
  breakId: number | null;
  snoozeCount: number;
  snoozesLeft: number;
  /** Whether a snooze / a skip would be accepted now (offers.ts): only while a break is due. */
  canSnooze: boolean;
  canSkip: boolean;
  /** Why a due reminder is waiting, if it is. */
  holdReason: HoldReason | null;
  /** Next working-hours start when outside them. */
  workStartsAt: number | null;
  /** Today's figures (local day). */
  today: { activeMs: number; taken: number; short: number; natural: number; snoozed: number; skipped: number };
}
