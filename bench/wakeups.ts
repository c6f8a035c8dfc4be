/**
 * Wake-ups: alarm events per simulated hour of active work and per hour away, on the pure
 * scheduler driven by its own alarm (schedulerLoop.ts). Each scenario is a plain, deterministic
 * story; the figure is the worst scenario, because the target is a ceiling.
 *
 * "Away" starts when the idle API reports it (D after the last input): before that report the
 * browser cannot know, and the heartbeat rightly keeps counting.
 */
import type { Prefs } from '../src/core/settings.ts';
import { HOUR, MIN, SchedulerLoop, START } from './schedulerLoop.ts';

export interface ScenarioFigure {
  name: string;
  hours: number;
  alarms: number;
  perHour: number;
}

export interface WakeupFigures {
  active: ScenarioFigure[];
  away: ScenarioFigure[];
  worstActivePerHour: number;
  worstAwayPerHour: number;
}

type Answer = 'ignore' | 'break' | 'snoozeThenSkip';

/** Runs alarm by alarm until `end`, answering each reminder as `answer` says. */
function workUntil(loop: SchedulerLoop, end: number, answer: Answer): void {
  while (loop.now < end) {
    const next = loop.alarmAt ?? end;
    const seen = loop.reminders;
    loop.runTo(Math.min(next, end));
    if (loop.reminders === seen || answer === 'ignore') continue;
    if (answer === 'break') {
      loop.send({ type: 'startBreak' });
      loop.runTo(loop.now + loop.prefs.breakLengthMin * MIN);
      loop.send({ type: 'finishBreak', completed: true });
    } else if (loop.state.snoozeCount < loop.prefs.snoozeLimit) {
      loop.send({ type: 'snooze', minutes: 5 });
    } else {
      loop.send({ type: 'skip' });
    }
  }
}

function activeScenario(name: string, answer: Answer, prefs: Partial<Prefs> = {}): ScenarioFigure {
  const hours = 8;
  const loop = new SchedulerLoop(START, prefs);
  loop.send({ type: 'idleState', idle: 'active' });
  workUntil(loop, START + hours * HOUR, answer);
  const alarms = loop.alarmsBetween(START, START + hours * HOUR + 1);
  return { name, hours, alarms, perHour: alarms / hours };
}

/**
 * Works 40 minutes (one reminder is due at 30), sets up the situation, stops all input, and
 * counts the alarms from the idle report to `hours` later.
 */
function awayScenario(name: string, setup: (loop: SchedulerLoop) => void, hours = 1): ScenarioFigure {
  const loop = new SchedulerLoop(START);
  loop.send({ type: 'idleState', idle: 'active' });
  workUntil(loop, START + 25 * MIN, 'ignore');
  setup(loop);
  const reportedAt = loop.now + loop.prefs.idleThresholdSec * 1_000;
  loop.runTo(reportedAt);
  loop.send({ type: 'idleState', idle: 'idle' });
  loop.runTo(reportedAt + hours * HOUR);
  // Strictly after the report: an alarm due at the same instant ran before the report arrived.
  const alarms = loop.alarmsBetween(reportedAt + 1, reportedAt + hours * HOUR + 1);
  return { name, hours, alarms, perHour: alarms / hours };
}

export function measureWakeups(): WakeupFigures {
  const active = [
    activeScenario('8 h active, reminders ignored', 'ignore'),
    activeScenario('8 h active, each reminder a 2-min guided break', 'break'),
    activeScenario('8 h active, snoozed to the limit then skipped', 'snoozeThenSkip'),
    activeScenario('8 h active, heads-up on, guided breaks', 'break', { headsUp: true }),
  ];
  const away = [
    awayScenario('1 h away mid-cycle', () => {}),
    awayScenario('1 h away with a reminder showing', (loop) => workUntil(loop, loop.now + 6 * MIN, 'ignore')),
    awayScenario('1 h away just after a snooze', (loop) => {
      workUntil(loop, loop.now + 6 * MIN, 'ignore');
      loop.send({ type: 'snooze', minutes: 5 });
    }),
    awayScenario('1 h away during a 30-min pause', (loop) => {
      loop.send({ type: 'pause', until: loop.now + 30 * MIN });
    }),
    awayScenario('1 h away from an open break page', (loop) => loop.send({ type: 'startBreak' })),
    awayScenario('night away (12 h)', () => {}, 12),
  ];
  return {
    active,
    away,
    worstActivePerHour: Math.max(...active.map((s) => s.perHour)),
    worstAwayPerHour: Math.max(...away.map((s) => s.perHour)),
  };
}
