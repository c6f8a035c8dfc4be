/**
 * The scheduler's vocabulary: its persisted state, the events it consumes and the effects it asks
 * the background to carry out. The rules and the state diagram: docs/RULES.md.
 */

export type IdleState = 'active' | 'idle' | 'locked';

/** Why a due reminder is waiting (rule 9, docs/RULES.md). */
export type HoldReason = 'fullscreen' | 'audible' | 'meeting';

/**
 * `short`: a guided break ended before it counted as taken (rule 7): logged with its real length,
 * never counted as kept.
 */
export type HistoryKind = 'taken' | 'short' | 'natural' | 'snoozed' | 'skipped' | 'reminded';

/**
 * Everything the scheduler needs to resume after the worker stops, the browser restarts or the
 * machine sleeps. Persisted on every transition; nothing else is trusted across wakes.
 */
export interface SchedulerState {
  version: 1;
  /** Last idle state reported (or queried on wake). `locked` is handled exactly like `idle`. */
  idle: IdleState;
  /** When the user last became active (the "last recorded activity" floor of rule 1). */
  activeSince: number | null;
  /** Start of the current non-active stretch (already corrected by the idle threshold), or null. */
  inactiveSince: number | null;
  /**
   * The current absence has already been accounted: it reset the cycle as a natural break (rule 4),
   * or a guided break ended during it. Either way it is no longer sitting time.
   */
  naturalCounted: boolean;
  /** The `at` of the natural-break record of the current absence, rewritten with its real length at the return. */
  naturalAt: number | null;
  /** Active time of this cycle, accounted up to `committedUntil`. */
  cycleMs: number;
  /** Accrual is final up to here; beyond it, at most the idle threshold may still be taken back. */
  committedUntil: number;
  /** The last moment the scheduler ran: the heartbeat against which gaps are measured (rule 3). */
  lastTick: number;
  /** A reminder is outstanding (delivered and not yet answered). */
  reminderShown: boolean;
  /** A reminder was delivered at least once this cycle (for the `reminded` history record). */
  remindedThisCycle: boolean;
  /** Snooze: no reminder before this moment (rule 6). */
  snoozeUntil: number | null;
  /** Snoozes in a row in this cycle. */
  snoozeCount: number;
  /** When the current guided break started, or null. Moves with a backward clock jump (its length is real time). */
  breakStartedAt: number | null;
  /**
   * Names the current break for the page that shows it: the clock reading when it started, never moved.
   * A finishBreak naming another break (a stale page, a page that never ran one) changes nothing.
   */
  breakId: number | null;
  /** Paused until this moment (rule 8), or null. */
  pausedUntil: number | null;
  /** Current hold condition, if any, and since when a due reminder has been waiting for it. */
  hold: HoldReason | null;
  holdSince: number | null;
  /** The heads-up for this cycle was already given. */
  headsUpGiven: boolean;
  /**
   * The cycle's active time at which an unanswered reminder comes back as the window (escalation.ts),
   * or null when none is pending. Records written before it existed lack it and read as null.
   */
  escalateAtMs: number | null;
}

export type SchedulerEvent =
  /** `restarted`: the browser (or the extension) just started; any reminder on screen is gone. */
  | { type: 'wake'; idle?: IdleState; hold?: HoldReason | null; restarted?: boolean }
  | { type: 'alarm'; idle?: IdleState; hold?: HoldReason | null }
  | { type: 'idleState'; idle: IdleState; hold?: HoldReason | null }
  | { type: 'snooze'; minutes: number }
  | { type: 'skip' }
  /** `onPage`: asked by a break page that shows the break itself, so no page is opened for it. */
  | { type: 'startBreak'; onPage?: boolean }
  /** `breakId`: the break the page showed (Status.breakId); another one is refused. */
  | { type: 'finishBreak'; completed: boolean; breakId?: number }
  | { type: 'pause'; until: number }
  | { type: 'resume' }
  | { type: 'settingsChanged' }
  | { type: 'holdChanged'; hold: HoldReason | null };

export type BadgeLook = 'working' | 'due' | 'snoozed' | 'paused' | 'offHours' | 'onBreak' | 'away';

export type HistoryEntry =
  | { kind: HistoryKind; at: number; durationMs?: number }
  | { kind: 'active'; day: string; ms: number };

export type Effect =
  | { type: 'scheduleAlarm'; at: number | null }
  | { type: 'showReminder'; snoozesLeft: number }
  | { type: 'clearReminder' }
  /** The reminder was ignored while the person kept working: show it again, as the window. */
  | { type: 'escalateReminder' }
  | { type: 'headsUp'; at: number }
  | { type: 'setBadge'; text: string; look: BadgeLook }
  | { type: 'record'; entry: HistoryEntry }
  | { type: 'openBreakPage'; breakId: number };

export type RefusalCode =
  | 'snoozeMinutes'
  | 'snoozeLimit'
  | 'breakRunning'
  | 'paused'
  | 'nothingDue'
  | 'noBreak'
  | 'otherBreak'
  | 'pauseInPast';

/** A refused command: `message` in English for logs, tests and the simulator; `code` + `subs` for translated text. */
export interface Refusal {
  code: RefusalCode;
  subs: string[];
  message: string;
}

export interface StepResult {
  state: SchedulerState;
  effects: Effect[];
  /** Set when a user command was refused (e.g. a snooze over the limit); state is then unchanged. */
  rejected?: Refusal;
}
