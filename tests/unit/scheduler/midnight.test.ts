/** Local midnight: active time is kept per local day, so a stretch across midnight is split. */
import { describe, expect, test } from 'vitest';
import { local, MIN, SEC, Sim } from './driver.ts';

const byDay = (sim: Sim) => {
  const days: Record<string, number> = {};
  for (const e of sim.records('active')) if ('day' in e) days[e.day] = (days[e.day] ?? 0) + e.ms / MIN;
  return days;
};

describe('midnight', () => {
  test('midnight: active time across midnight is split between the two local days', () => {
    const sim = new Sim(local(2026, 3, 2, 23, 50)).advanceActive(20);
    expect(byDay(sim)).toEqual({ '2026-03-02': 10, '2026-03-03': 9 });
    expect(sim.accruedMin).toBe(20); // one cycle, whatever the calendar says
  });

  test('midnight: one commit spanning midnight gives one record per day, exact to the millisecond', () => {
    const sim = new Sim(local(2026, 3, 2, 23, 59, 30));
    const result = sim.at(local(2026, 3, 3, 0, 0, 30)).send({ type: 'resume' });
    expect(result.effects.filter((e) => e.type === 'record')).toEqual([
      { type: 'record', entry: { kind: 'active', day: '2026-03-02', ms: 30 * SEC } },
      { type: 'record', entry: { kind: 'active', day: '2026-03-03', ms: 30 * SEC } },
    ]);
  });

  test('midnight: a natural break across midnight is one record, at its start', () => {
    const sim = new Sim(local(2026, 3, 2, 23, 50)).advanceActive(7);
    sim.idle(); // away from 23:56
    sim.wait(30);
    expect(sim.records('natural')).toEqual([{ kind: 'natural', at: local(2026, 3, 2, 23, 56), durationMs: 5 * MIN }]);
    expect(sim.log.find((s) => s.effect.type === 'record' && s.effect.entry.kind === 'natural')?.at).toBe(
      local(2026, 3, 3, 0, 1),
    );
  });

  test('midnight: working hours ending at 24:00 and starting at 00:00 accrue straight through', () => {
    const allDay = { on: true, start: 0, end: 24 * 60 };
    const sim = new Sim(local(2026, 3, 2, 23, 45), {
      workingHoursEnabled: true,
      workingHours: [allDay, allDay, allDay, allDay, allDay, allDay, allDay],
    }).advanceActive(40);
    expect(sim.reminderTimes).toEqual([local(2026, 3, 3, 0, 15)]);
  });
});
