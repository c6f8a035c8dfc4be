/**
 * Bundled at bench time into a page of the bench copy of Limber (never shipped): writes two years
 * of history through the shipped write path, runs the shipped daily maintenance (which packs
 * events older than 90 days), and reads the figures back the way the Insights page does, so the
 * read can be timed apart from the page.
 */
import { keepFrom } from '../../src/core/insights/retention.ts';
import { dayKey } from '../../src/core/localDay.ts';
import { initialState } from '../../src/core/schedulerState.ts';
import type { HistoryEntry, HistoryKind } from '../../src/core/schedulerTypes.ts';
import { openLimberDb } from '../../src/storage/open.ts';
import { commitStep } from '../../src/storage/operations/commitStep.ts';
import { runDailyMaintenance } from '../../src/storage/operations/maintenance.ts';
import { readDayFigures } from '../../src/storage/stores/days.ts';
import { seededRandom } from '../stats.ts';

const MIN = 60_000;

/** A plausible desk day: reminders, breaks of each kind, a few snoozes, and the day's active time. */
function dayEntries(dayStart: number, random: () => number): HistoryEntry[] {
  const count = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const plan: [HistoryKind, number][] = [
    ['reminded', count(6, 10)],
    ['taken', count(3, 6)],
    ['natural', count(2, 5)],
    ['snoozed', count(1, 4)],
    ['skipped', count(0, 2)],
  ];
  const entries: HistoryEntry[] = [];
  // Spread over the working day, strictly increasing so each id (kind:at) is unique.
  let at = dayStart + 9 * 60 * MIN;
  for (const [kind, n] of plan) {
    for (let i = 0; i < n; i++) {
      at += count(1, 12) * MIN + count(0, 59_999);
      const durationMs =
        kind === 'taken' ? count(60, 180) * 1_000 : kind === 'natural' ? count(5, 60) * MIN : undefined;
      entries.push(durationMs === undefined ? { kind, at } : { kind, at, durationMs });
    }
  }
  entries.push({ kind: 'active', day: dayKey(dayStart + 12 * 60 * MIN), ms: count(180, 420) * MIN });
  return entries;
}

const api = {
  /** `days` days of history ending yesterday, one scheduler-step transaction per day, then maintenance. */
  async seed(days: number, seed: number): Promise<{ records: number; seedMs: number; maintenanceMs: number }> {
    const db = await openLimberDb();
    const random = seededRandom(seed);
    const started = performance.now();
    let records = 0;
    const today = new Date();
    for (let i = days; i >= 1; i--) {
      const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - i).getTime();
      const entries = dayEntries(day, random);
      await commitStep(db, initialState(day + 18 * 60 * MIN), entries, Date.now());
      records += entries.length;
    }
    const seeded = performance.now();
    await runDailyMaintenance(db, Date.now());
    const done = performance.now();
    db.close();
    return { records, seedMs: seeded - started, maintenanceMs: done - seeded };
  },

  /** The storage read behind the Insights page: every day's figures over the two-year window. */
  async read(): Promise<{ ms: number; days: number }> {
    const db = await openLimberDb();
    const today = dayKey(Date.now());
    const started = performance.now();
    const figures = await readDayFigures(db, keepFrom(today), today);
    const ms = performance.now() - started;
    db.close();
    return { ms, days: figures.length };
  },

  async size(): Promise<{ usage: number; indexedDB: number | null }> {
    const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
      usageDetails?: { indexedDB?: number };
    };
    return { usage: estimate.usage ?? 0, indexedDB: estimate.usageDetails?.indexedDB ?? null };
  },
};

Object.assign(globalThis, { limberBench: api });
