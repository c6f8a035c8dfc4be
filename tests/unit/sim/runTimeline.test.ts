/** Running the scheduler over a timeline: listed events only, or the faithful heartbeat mode. */
import { describe, expect, test } from 'vitest';
import { runTimeline } from '../../../src/sim/runTimeline.ts';
import { parseTimeline, type Timeline } from '../../../src/sim/timeline.ts';

const START = '2026-03-02T09:00:00+01:00';
const T0 = Date.parse(START);
const MIN = 60_000;

function timeline(input: Record<string, unknown>): Timeline {
  const result = parseTimeline({ start: START, ...input });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.timeline;
}
const reminders = (t: Timeline) =>
  runTimeline(t)
    .steps.filter((s) => s.result.effects.some((e) => e.type === 'showReminder'))
    .map((s) => (s.now - T0) / MIN);

describe('runTimeline', () => {
  test('without heartbeat only the listed events run', () => {
    const run = runTimeline(timeline({ events: [{ at: '+1m', event: { type: 'wake' } }], end: '+2h' }));
    expect(run.steps.map((s) => [s.source, s.event.type, (s.now - T0) / MIN])).toEqual([['timeline', 'wake', 1]]);
  });

  test('with heartbeat the alarms the scheduler asks for fire at their time, up to the end', () => {
    const run = runTimeline(
      timeline({ heartbeat: true, events: [{ at: '+0s', event: { type: 'wake' } }], end: '+35m' }),
    );
    expect(run.steps).toHaveLength(36);
    expect(run.steps.slice(1).every((s) => s.source === 'heartbeat' && s.event.type === 'alarm')).toBe(true);
    expect(
      reminders(timeline({ heartbeat: true, events: [{ at: '+0s', event: { type: 'wake' } }], end: '+35m' })),
    ).toEqual([30]);
    expect(run.accounting).toEqual({
      activeMs: 34 * MIN,
      activeMinutes: 34,
      breaks: { taken: 0, short: 0, natural: 0, snoozed: 0, skipped: 0, reminded: 1 },
    });
  });

  test('no heartbeat while asleep: the wake finds a gap and counts a natural break', () => {
    const t = timeline({
      heartbeat: true,
      events: [
        { at: '+0s', event: { type: 'wake', idle: 'active' } },
        { at: '+20m', sleep: true },
        { at: '+1h', event: { type: 'wake', idle: 'active' } },
      ],
      end: '+31m',
    });
    const run = runTimeline(t);
    expect(run.accounting.breaks.natural).toBe(1);
    expect(run.steps.filter((s) => s.real > T0 + 20 * MIN && s.real < T0 + 80 * MIN)).toEqual([]);
    expect(reminders(t)).toEqual([110]);
  });

  test('a forward clock jump makes the overdue alarm fire at once; the scheduler reads the jumped clock', () => {
    const run = runTimeline(
      timeline({
        heartbeat: true,
        events: [
          { at: '+0s', event: { type: 'wake', idle: 'active' } },
          { at: '+10m', clockJump: '+3h' },
        ],
        end: '+30s',
      }),
    );
    const afterJump = run.steps.filter((s) => s.real >= T0 + 10 * MIN);
    // The 10:00 heartbeat fires before the jump at the same moment; the next one is overdue at once.
    expect(afterJump.map((s) => [(s.real - T0) / MIN, (s.now - T0) / MIN])).toEqual([
      [10, 10],
      [10, 190],
    ]);
    expect(run.accounting.breaks.natural).toBe(1);
  });

  test('a refused command is kept with its reason and changes nothing', () => {
    const run = runTimeline(timeline({ events: [{ at: '+1m', event: { type: 'finishBreak' } }] }));
    expect(run.steps[0]?.result.rejected?.message).toBe('No break is running.');
    expect(run.state).toBe(run.steps[0]?.before);
  });

  test('settings change mid-run: the new prefs apply from that step', () => {
    const t = timeline({
      heartbeat: true,
      events: [
        { at: '+0s', event: { type: 'wake', idle: 'active' } },
        { at: '+10m', event: { type: 'settingsChanged' }, prefs: { workIntervalMin: 15 } },
      ],
      end: '+20m',
    });
    expect(reminders(t)).toEqual([15]);
  });
});
