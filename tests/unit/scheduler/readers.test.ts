/**
 * Sitting time (docs/ARCHITECTURE.md, "Sitting time"): someone reading touches the mouse now and then.
 * Whatever the rhythm, a back sat for the whole hour, so each reader is reminded at the same moment.
 * An absence shorter than the natural break N is part of the sitting session; one of N or more is a
 * natural break with its real length, and does not count as sitting.
 */
import { describe, expect, test } from 'vitest';
import { MIN, MONDAY_9, reader, Sim } from './driver.ts';

describe('sitting time: readers and short absences', () => {
  test.each([45, 59, 70, 120, 240])(
    'a reader touching the mouse every %i s for an hour is reminded at 30 minutes',
    (period) => {
      const sim = reader(new Sim(), period, 60);
      const first = sim.reminderTimes[0];
      expect(first).toBeDefined();
      expect((first as number) - MONDAY_9).toBeGreaterThanOrEqual(30 * MIN);
      expect((first as number) - MONDAY_9).toBeLessThanOrEqual(31 * MIN);
      expect(sim.records('natural')).toEqual([]);
    },
  );

  test('the readers every 45, 70, 120 and 240 s are reminded within one minute of each other', () => {
    const times = [45, 70, 120, 240].map((p) => reader(new Sim(), p, 60).reminderTimes[0] ?? Number.NaN);
    expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(1 * MIN);
  });

  test('a reader sitting for an hour is credited with the hour (to within the idle threshold)', () => {
    for (const period of [45, 70, 120, 240]) {
      const sim = reader(new Sim(), period, 60);
      // The reminder is ignored here; the hour is still sitting time.
      sim.idle();
      sim.wait(10);
      expect(sim.recordedActiveMin).toBeGreaterThanOrEqual(58);
      expect(sim.recordedActiveMin).toBeLessThanOrEqual(60);
    }
  });

  test('a 4-minute coffee (N = 5) is neither a break nor lost time', () => {
    const sim = new Sim().advanceActive(20);
    sim.idle(); // reported at 20:00, the user left at 19:00
    sim.wait(3);
    sim.active(); // back at 23:00, 4 minutes after leaving
    expect(sim.records('natural')).toEqual([]);
    expect(sim.accruedMin).toBe(23);
    sim.advanceActive(7);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN]);
  });

  test('an absence of N or more is a natural break with its real length and does not count as sitting', () => {
    const sim = new Sim().advanceActive(20);
    sim.idle(); // left at 19:00
    sim.wait(11);
    sim.active(); // back at 31:00: 12 minutes away
    const natural = sim.records('natural');
    // Logged when detected (at N), then given its real length when the user is back: one record.
    expect(natural.at(-1)).toEqual({ kind: 'natural', at: MONDAY_9 + 19 * MIN, durationMs: 12 * MIN });
    expect(new Set(natural.map((r) => ('at' in r ? r.at : null))).size).toBe(1);
    expect(sim.recordedActiveMin).toBe(19);
    expect(sim.accruedMin).toBe(0);
  });
});
