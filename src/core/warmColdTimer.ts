/**
 * The warm-and-cold timer of "During a spasm", as pure functions of a stored run and `now`.
 *
 * The seed says to alternate heat and cold for about 20 minutes in all, with breaks; public
 * guidance caps each application at 20 minutes and wants both wrapped in a towel. Limber splits the
 * round into four 5-minute steps (warm, cold, warm, cold), well inside that cap, then asks for a
 * break. Where the time stands is always computed from the wall clock, never counted in ticks, so a
 * popup that was closed and opened again shows the true step and time left.
 */

export type WarmColdKind = 'warm' | 'cold';

export const WARM_COLD_STEP_MS = 5 * 60_000;
export const WARM_COLD_STEPS: readonly WarmColdKind[] = ['warm', 'cold', 'warm', 'cold'];
export const WARM_COLD_TOTAL_MS = WARM_COLD_STEP_MS * WARM_COLD_STEPS.length;
/** A finished round is still shown as finished for this long, then forgotten. */
export const WARM_COLD_KEEP_DONE_MS = 60 * 60_000;

/** What is stored while a round exists. */
export interface WarmColdRun {
  startedAt: number;
  /** When it was paused, or null while running. */
  pausedAt: number | null;
  /** Paused time before `pausedAt`, summed over earlier pauses. */
  pausedMs: number;
}

export interface WarmColdStatus {
  state: 'running' | 'paused' | 'done';
  /** Index into WARM_COLD_STEPS (the last step once done). */
  step: number;
  kind: WarmColdKind;
  stepRemainingMs: number;
  elapsedMs: number;
}

export function startWarmCold(now: number): WarmColdRun {
  return { startedAt: now, pausedAt: null, pausedMs: 0 };
}

/** Time spent in the round so far; a clock that moved back never makes it negative. */
export function warmColdElapsed(run: WarmColdRun, now: number): number {
  const until = run.pausedAt ?? now;
  return Math.min(WARM_COLD_TOTAL_MS, Math.max(0, until - run.startedAt - run.pausedMs));
}

export function warmColdStatus(run: WarmColdRun, now: number): WarmColdStatus {
  const elapsedMs = warmColdElapsed(run, now);
  const done = elapsedMs >= WARM_COLD_TOTAL_MS;
  const step = done ? WARM_COLD_STEPS.length - 1 : Math.floor(elapsedMs / WARM_COLD_STEP_MS);
  return {
    state: done ? 'done' : run.pausedAt === null ? 'running' : 'paused',
    step,
    kind: WARM_COLD_STEPS[step] as WarmColdKind,
    stepRemainingMs: done ? 0 : (step + 1) * WARM_COLD_STEP_MS - elapsedMs,
    elapsedMs,
  };
}

export function pauseWarmCold(run: WarmColdRun, now: number): WarmColdRun {
  if (run.pausedAt !== null || warmColdElapsed(run, now) >= WARM_COLD_TOTAL_MS) return run;
  return { ...run, pausedAt: Math.max(now, run.startedAt) };
}

export function resumeWarmCold(run: WarmColdRun, now: number): WarmColdRun {
  if (run.pausedAt === null) return run;
  return { startedAt: run.startedAt, pausedAt: null, pausedMs: run.pausedMs + Math.max(0, now - run.pausedAt) };
}

/** True once a finished round has been shown for WARM_COLD_KEEP_DONE_MS: it is then forgotten. */
export function warmColdExpired(run: WarmColdRun, now: number): boolean {
  if (run.pausedAt !== null) return false;
  const endedAt = run.startedAt + run.pausedMs + WARM_COLD_TOTAL_MS;
  return now - endedAt > WARM_COLD_KEEP_DONE_MS;
}

/** A stored run, checked field by field; anything else (damaged, or from another version) is null. */
export function parseWarmColdRun(value: unknown): WarmColdRun | null {
  if (typeof value !== 'object' || value === null) return null;
  const { startedAt, pausedAt, pausedMs } = value as Record<string, unknown>;
  const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  if (!time(startedAt) || !time(pausedMs)) return null;
  if (pausedAt !== null && !(time(pausedAt) && pausedAt >= startedAt)) return null;
  return { startedAt, pausedAt, pausedMs };
}
