import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, exportBackup, MAX_BACKUP_BYTES, sortRecords } from '../../../src/core/insights/backupFormat.ts';
import { parseBackup } from '../../../src/core/insights/backupParse.ts';
import { planMerge } from '../../../src/core/insights/mergeBackup.ts';
import { type InsightRecord, stretchRecord } from '../../../src/core/insights/stretchRecord.ts';
import { active, event, historyArb, SEED } from './records.ts';

const NOW = Date.UTC(2025, 4, 14, 10);
/** The importing device's clock: after every day the generated histories use. */
const LATER = Date.UTC(2025, 11, 1, 10);
const file = (body: object) =>
  JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: '2025-05-14T10:00:00.000Z', ...body });
const messages = (text: string, now = LATER) => {
  const result = parseBackup(text, now);
  return result.ok ? [] : result.problems.map((p) => p.message);
};

describe('history backup: export and parse', () => {
  it('round-trips any history exactly (property)', () => {
    fc.assert(
      fc.property(historyArb, (records) => {
        const parsed = parseBackup(exportBackup(records, NOW), LATER);
        expect(parsed).toEqual({ ok: true, records: sortRecords(records) });
      }),
      SEED,
    );
  });

  it('exports the same history to the same text, one record per line', () => {
    const records = [
      event('taken', 5, '2025-05-14', 120_000),
      active('2025-05-13', 60_000),
      stretchRecord('2025-05-14', 9),
    ];
    const text = exportBackup(records, NOW);
    expect(exportBackup([...records].reverse(), NOW)).toBe(text);
    expect(text.split('\n')).toHaveLength(6);
    expect(JSON.parse(text)).toEqual({
      format: 'limber-history',
      version: 1,
      exportedAt: '2025-05-14T10:00:00.000Z',
      records: [
        { id: 'active:2025-05-13', day: '2025-05-13', kind: 'active', ms: 60_000 },
        { id: 'stretch:2025-05-14', day: '2025-05-14', kind: 'longestStretch', ms: 9 },
        { id: 'taken:5', day: '2025-05-14', kind: 'taken', at: 5, durationMs: 120_000 },
      ],
    });
  });

  it('refuses what is not a backup, with one plain reason each', () => {
    expect(messages('{')).toEqual(['The file is not valid JSON.']);
    expect(messages('[]')).toEqual(['The file must contain one JSON object.']);
    expect(parseBackup(42, LATER)).toMatchObject({ ok: false, problems: [{ code: 'notText' }] });
    expect(messages(JSON.stringify({ format: 'limber-prefs', version: 1, prefs: {} }))).toEqual([
      'Unexpected entry "prefs" in the file.',
      'This is not a Limber history backup (format is "limber-prefs", expected "limber-history").',
      'The file has no "records" list.',
    ]);
    expect(messages(file({ version: 2, records: {} }))).toEqual([
      'Backup version 2 is not supported; this Limber reads version 1.',
      '"records" must be a list.',
    ]);
    expect(messages(file({ exportedAt: 'soon', records: [] }))).toEqual(['"exportedAt" must be a date, found "soon".']);
  });

  it('checks every record with the database validators and says what is wrong where, in plain words', () => {
    const at = NOW;
    const text = file({
      records: [
        event('taken', at, '2025-05-14'),
        { id: 'taken:2', day: '2025-05-14', kind: 'taken', at: at + 3 },
        { id: 'active:2025-05-14', day: '2025-05-14', kind: 'active', ms: -1 },
        { id: 'stretch:2025-05-14', day: '2025-05-14', kind: 'longestStretch', ms: 5, note: 'x' },
        { id: 'x:1', day: '2025-13-01', kind: 'taken', at: 1 },
        'hello',
        event('taken', at, '2025-05-14'),
        { id: 'active:2025-05-13', day: '2025-05-13', kind: 'active', ms: 'NaN' },
        { id: 'sitting:1', day: '2025-05-13', kind: 'sitting', at: 1 },
        { id: 'taken:x', day: '2025-05-13', kind: 'taken', at: null },
        { id: `natural:${at}`, day: '2025-05-14', kind: 'natural', at, durationMs: 'long' },
      ],
    });
    expect(messages(text)).toEqual([
      'Record 2: its id "taken:2" does not match its kind, day or time.',
      'Record 3 (active, 2025-05-14): the amount of time is not a number of milliseconds (found -1).',
      'Record 4: unexpected field "note".',
      'Record 5: the day "2025-13-01" is not a date like 2024-05-31.',
      'Record 6 is not a record (an object with an id, a day and a kind).',
      `Record 7 repeats record 1 ("taken:${at}").`,
      'Record 8 (active, 2025-05-13): the amount of time is not a number of milliseconds (found "NaN").',
      'Record 9: "sitting" is not a kind of record Limber keeps.',
      'Record 10 (taken, 2025-05-13): the time is not a number of milliseconds (found null).',
      'Record 11 (natural, 2025-05-14): the length is not a number of milliseconds (found "long").',
    ]);
  });

  it('lists 20 problems and sums up the rest', () => {
    const result = parseBackup(file({ records: Array.from({ length: 50 }, () => null) }), LATER);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(21);
    expect(result.problems[20]).toMatchObject({ code: 'more', message: '…and 30 more problems.' });
  });

  it('refuses a file over 5 MB before parsing it', () => {
    const big = file({ records: [], pad: 'x'.repeat(MAX_BACKUP_BYTES) });
    expect(parseBackup(big, LATER)).toMatchObject({ ok: false, problems: [{ code: 'tooLarge', subs: ['5'] }] });
    // Counted in UTF-8 bytes: 2.6 million two-byte characters are over the limit.
    const wide = file({ records: [], pad: 'é'.repeat(2_600_000) });
    expect(parseBackup(wide, LATER)).toMatchObject({ ok: false, problems: [{ code: 'tooLarge' }] });
  });

  it('accepts an empty backup', () => {
    expect(parseBackup(file({ records: [] }), LATER)).toEqual({ ok: true, records: [] });
  });
});

describe('planMerge', () => {
  const keepFrom = '2023-05-15';
  const asMap = (records: InsightRecord[]) => new Map(records.map((r) => [r.id, r]));

  it('adds new events, keeps present ones, and keeps the larger of two totals', () => {
    const stored = [event('taken', 1, '2025-05-14'), active('2025-05-14', 100), stretchRecord('2025-05-14', 50)];
    const plan = planMerge(
      asMap(stored),
      [
        event('taken', 1, '2025-05-14'),
        event('skipped', 2, '2025-05-14'),
        active('2025-05-14', 80),
        stretchRecord('2025-05-14', 70),
        active('2020-01-01', 5),
      ],
      keepFrom,
    );
    expect(plan.writes).toEqual([event('skipped', 2, '2025-05-14'), stretchRecord('2025-05-14', 70)]);
    expect(plan).toMatchObject({ added: 1, raised: 1, unchanged: 2, tooOld: 1 });
  });

  it('merging the same backup twice changes nothing the second time (property)', () => {
    fc.assert(
      fc.property(historyArb, historyArb, (stored, incoming) => {
        const state = asMap(stored);
        for (const r of planMerge(state, incoming, keepFrom).writes) state.set(r.id, r);
        const again = planMerge(state, incoming, keepFrom);
        expect(again.writes).toEqual([]);
        expect(again.unchanged).toBe(incoming.length);
        // Nothing stored is lost and no total goes down.
        for (const r of stored) {
          const now = state.get(r.id);
          expect(now).toBeDefined();
          if (now && 'ms' in now && 'ms' in r) expect(now.ms).toBeGreaterThanOrEqual(r.ms);
        }
      }),
      SEED,
    );
  });
});
