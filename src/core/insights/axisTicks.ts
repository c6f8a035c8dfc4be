/**
 * Values for a bar chart's vertical axis: a few round steps from 0 that cover the highest bar (and
 * the goal line), so the labels read "0, 30 min, 1 h, 1 h 30" or "0, 2, 4, 6", never "0, 37, 74".
 * Pure.
 */

const MINUTE = 60_000;
/** Round steps for durations, in minutes, and for counts. */
const DURATION_STEPS = [5, 10, 15, 30, 60, 120, 180, 240, 360, 480, 720].map((m) => m * MINUTE);
const COUNT_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

export type AxisKind = 'duration' | 'count';

export interface Axis {
  /** The axis top: the chart's scale runs from 0 to this. */
  max: number;
  /** Tick values from 0 up to max, evenly spaced. */
  ticks: number[];
}

/** At most `most` steps above zero (4 by default), the smallest round step that covers `highest`. */
export function axisTicks(highest: number, kind: AxisKind, most = 4): Axis {
  const steps = kind === 'duration' ? DURATION_STEPS : COUNT_STEPS;
  const top = Math.max(0, Number.isFinite(highest) ? highest : 0);
  const fallback = steps[steps.length - 1] as number;
  const step = steps.find((s) => Math.ceil(top / s) <= most) ?? Math.ceil(top / most / fallback) * fallback;
  const count = Math.max(1, Math.ceil(top / step));
  return { max: count * step, ticks: Array.from({ length: count + 1 }, (_, i) => i * step) };
}
