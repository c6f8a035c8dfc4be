/** Rule 9 (docs/RULES.md): a due reminder waits while a hold condition lasts, at most maxHold (30 min). */
import { describe, expect, test } from 'vitest';
import { describe as statusOf } from '../../../src/core/statusOf.ts';
import { MIN, MONDAY_9, Sim } from './driver.ts';

describe('rule 9: hold while fullscreen', () => {
  test('rule 9a: a fullscreen hold delays the reminder; it is delivered as soon as the hold clears', () => {
    const sim = new Sim().advanceActive(25);
    sim.send({ type: 'holdChanged', hold: 'fullscreen' });
    sim.advanceActive(10);
    expect(sim.reminderTimes).toEqual([]);
    expect(sim.state.holdSince).toBe(MONDAY_9 + 30 * MIN);
    const status = statusOf(sim.state, sim.now, sim.prefs, null);
    expect([status.kind, status.holdReason]).toEqual(['due', 'fullscreen']);
    sim.sleep(0.25);
    sim.send({ type: 'holdChanged', hold: null });
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 35.25 * MIN]);
  });

  test('rule 9b: a hold that never clears delivers after the maximum hold', () => {
    const sim = new Sim().advanceActive(25);
    sim.send({ type: 'holdChanged', hold: 'fullscreen' });
    sim.wait(60); // the faithful background: only the scheduler's own alarms
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 60 * MIN]);
    const short = new Sim(MONDAY_9, { maxHoldMin: 5 }).advanceActive(25);
    short.send({ type: 'holdChanged', hold: 'fullscreen' });
    short.advanceActive(15);
    expect(short.reminderTimes).toEqual([MONDAY_9 + 35 * MIN]);
  });

  test('rule 9c: the maximum hold counts from when the reminder became due, not from the fullscreen start', () => {
    const sim = new Sim();
    sim.send({ type: 'holdChanged', hold: 'fullscreen' });
    sim.advanceActive(70);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 60 * MIN]);
  });

  test('rule 9d: the hold reported with an alarm (the background looks it up) holds too', () => {
    const sim = new Sim().advanceActive(29);
    sim.sleep(1).send({ type: 'alarm', hold: 'fullscreen' });
    expect(sim.reminderTimes).toEqual([]);
    sim.sleep(1).send({ type: 'alarm', hold: null });
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 31 * MIN]);
  });

  test('rule 9e: audible and meeting holds count only when the user opted in', () => {
    const off = new Sim().advanceActive(25);
    off.send({ type: 'holdChanged', hold: 'audible' });
    off.advanceActive(6);
    expect(off.reminderTimes).toEqual([MONDAY_9 + 30 * MIN]);
    const on = new Sim(MONDAY_9, { holdWhenAudible: true }).advanceActive(25);
    on.send({ type: 'holdChanged', hold: 'audible' });
    on.advanceActive(6);
    expect(on.reminderTimes).toEqual([]);
    const noFullscreen = new Sim(MONDAY_9, { holdWhenFullscreen: false }).advanceActive(25);
    noFullscreen.send({ type: 'holdChanged', hold: 'fullscreen' });
    noFullscreen.advanceActive(6);
    expect(noFullscreen.reminderTimes).toEqual([MONDAY_9 + 30 * MIN]);
  });

  test('rule 9f: the hold condition outlives the cycle: a film still fullscreen holds the next reminder too', () => {
    const sim = new Sim(MONDAY_9, { maxHoldMin: 10 }).advanceActive(25);
    sim.send({ type: 'holdChanged', hold: 'fullscreen' });
    sim.advanceActive(15);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 40 * MIN]);
    sim.send({ type: 'skip' });
    sim.advanceActive(45);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 40 * MIN, MONDAY_9 + 80 * MIN]);
  });
});
