/**
 * What `npm run simulate` prints: every effect with the wall-clock time it happened, refused commands
 * with their reason, and the final accounting. One effect per line so runs diff well.
 */
import { accruedAt } from '../core/activity.ts';
import type { Effect } from '../core/schedulerTypes.ts';
import type { Accounting, SimRun } from './runTimeline.ts';
import { formatLocalIso } from './timeText.ts';

export interface ReportLine {
  /** The wall clock the scheduler read. */
  at: string;
  /** Real time, beside it: the two differ after a clock jump. */
  real: string;
  event: string;
  /** The effect, with its own timestamps shown as local ISO times too. */
  effect?: Record<string, unknown>;
  rejected?: string;
}

export interface Report {
  effects: ReportLine[];
  final: Accounting & { status: { idle: string; accruedMinutes: number } };
}

/** Routine effects left out by `quiet`: they come with every heartbeat. */
const routine = (e: Effect) =>
  e.type === 'scheduleAlarm' || e.type === 'setBadge' || (e.type === 'record' && e.entry.kind === 'active');

/** Epoch milliseconds inside an effect, as the local ISO times a reader can check. */
function readable(e: Effect): Record<string, unknown> {
  if (e.type === 'scheduleAlarm') return { ...e, at: e.at === null ? null : formatLocalIso(e.at) };
  if (e.type === 'headsUp') return { ...e, at: formatLocalIso(e.at) };
  if (e.type === 'openBreakPage') return { ...e, breakId: formatLocalIso(e.breakId) };
  if (e.type === 'record' && 'at' in e.entry) return { ...e, entry: { ...e.entry, at: formatLocalIso(e.entry.at) } };
  return e;
}

export function reportOf(run: SimRun, options: { quiet?: boolean } = {}): Report {
  const effects: ReportLine[] = [];
  for (const s of run.steps) {
    const at = formatLocalIso(s.now);
    const real = formatLocalIso(s.real);
    const event = s.source === 'focus' ? 'wake (focus)' : s.event.type;
    if (s.result.rejected) effects.push({ at, real, event, rejected: s.result.rejected.message });
    for (const effect of s.result.effects) {
      if (!(options.quiet && routine(effect))) effects.push({ at, real, event, effect: readable(effect) });
    }
  }
  const last = run.steps.at(-1);
  const accruedMs = last ? accruedAt(run.state, last.now, last.prefs) : 0;
  return {
    effects,
    final: { ...run.accounting, status: { idle: run.state.idle, accruedMinutes: Math.round(accruedMs / 600) / 100 } },
  };
}

/** JSON with one effect per line (still valid JSON, and stable: key order is fixed by construction). */
export function formatReport(report: Report): string {
  const lines = report.effects.map((line) => `    ${JSON.stringify(line)}`);
  const effects = lines.length > 0 ? `[\n${lines.join(',\n')}\n  ]` : '[]';
  const final = JSON.stringify(report.final, null, 2).replace(/\n/g, '\n  ');
  return `{\n  "effects": ${effects},\n  "final": ${final}\n}`;
}
