/**
 * Backups are checked for sense, not only shape: nothing a real day of Limber cannot produce is
 * imported (src/core/insights/backupSense.ts). The cases of the issue: 60,000 breaks on one day, a
 * record dated 9999-12-31, a day that is not the day of the record's time, an unreadable reason.
 */
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '../../../src/core/insights/backupFormat.ts';
import { parseBackup } from '../../../src/core/insights/backupParse.ts';
import { dayFitsTime, MOST_PER_DAY } from '../../../src/core/insights/backupSense.ts';
import type { InsightRecord } from '../../../src/core/insights/stretchRecord.ts';
import { active, event } from './records.ts';

const NOW = Date.UTC(2025, 4, 14, 10);
const DAY = '2025-05-14';
const MIN = 60_000;
const HOUR = 60 * MIN;
const file = (records: unknown[]) =>
  JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: '2025-05-14T10:00:00.000Z', records });
const problems = (records: unknown[]) => {
  const result = parseBackup(file(records), NOW);
  return result.ok ? [] : result.problems;
};
const messages = (records: unknown[]) => problems(records).map((p) => p.message);

describe('backup sense checks', () => {
  it('refuses 60,000 breaks taken on one day; a real heavy day passes', () => {
    // Without lengths, so the file stays under the 5 MB size limit (4.9 MB) and reaches the record checks.
    const many = Array.from({ length: 60_000 }, (_, i) => event('taken', NOW - 8 * HOUR + i, DAY));
    expect(messages(many)).toEqual(['2025-05-14 has 60000 taken records; no real day has more than 3000.']);
    // 3,000 breaks of 30 s: one after the other all day long, at the very edge of what the rules allow.
    const edge = Array.from({ length: 3_000 }, (_, i) =>
      event('taken', Date.UTC(2025, 4, 14) + i * 28_000, DAY, 28_000),
    );
    expect(problems(edge)).toEqual([]);
    // A 4.9 MB file parsed and checked record by record: about half a second on an idle 2-core box,
    // several on one shared with other test runs, so this test has more time than the default 5 s.
  }, 30_000);

  it('states the per-day limits it uses', () => {
    expect(MOST_PER_DAY).toEqual({
      taken: 3000,
      short: 3000,
      natural: 1500,
      reminded: 300,
      skipped: 300,
      snoozed: 3750,
    });
  });

  it('refuses records dated after tomorrow (9999-12-31) or before 2020', () => {
    const future = { id: 'active:9999-12-31', day: '9999-12-31', kind: 'active', ms: MIN };
    const tomorrow = active('2025-05-15', MIN);
    const old = active('2019-12-31', MIN);
    expect(messages([future, tomorrow, old])).toEqual([
      'Record 1 is dated 9999-12-31, after tomorrow.',
      'Record 3 is dated 2019-12-31, before 2020, when Limber did not exist.',
    ]);
  });

  it('refuses a record whose day is not the day of its time in any zone from UTC-12 to UTC+14', () => {
    const at = Date.UTC(2025, 4, 14, 11, 0);
    expect(dayFitsTime('2025-05-13', at)).toBe(true); // 23:00 on the 13th at UTC-12
    expect(dayFitsTime('2025-05-14', at)).toBe(true);
    expect(dayFitsTime('2025-05-15', at)).toBe(true); // 01:00 on the 15th at UTC+14
    expect(dayFitsTime('2025-05-16', at)).toBe(false);
    expect(dayFitsTime('2025-05-13', Date.UTC(2025, 4, 14, 11, 59, 59, 999))).toBe(true);
    expect(dayFitsTime('2025-05-13', Date.UTC(2025, 4, 14, 12, 0))).toBe(false);
    expect(dayFitsTime('2025-05-15', Date.UTC(2025, 4, 14, 9, 59, 59, 999))).toBe(false);
    expect(messages([event('snoozed', at, '2025-05-10')])).toEqual([
      'Record 1 (snoozed): its time 2025-05-14T11:00:00.000Z does not fall on 2025-05-10 in any time zone.',
    ]);
  });

  it('refuses lengths no real record has, each with its reason', () => {
    const at = NOW - HOUR;
    expect(
      messages([
        active(DAY, 26 * HOUR),
        { id: `stretch:${DAY}`, day: DAY, kind: 'longestStretch', ms: 25 * HOUR + 1 },
        event('taken', at, DAY, 41 * MIN),
        event('natural', at + 1, DAY, 20_000),
        event('snoozed', at + 2, DAY, 1_000),
        event('natural', at + 3, DAY, 3 * 24 * HOUR),
      ]),
    ).toEqual([
      'Record 1 (active, 2025-05-14): 1560 minutes, more than the longest day has (1500 minutes).',
      'Record 2 (longestStretch, 2025-05-14): 1500 minutes, more than the longest day has (1500 minutes).',
      'Record 3 (taken, 2025-05-14): a guided break of 41 minutes; one lasts at most 40 minutes.',
      'Record 4 (natural, 2025-05-14): a natural break of 20 seconds; one lasts at least a minute.',
      'Record 5 (snoozed, 2025-05-14): this kind of record has no length.',
      'Record 6 (natural, 2025-05-14): it ends after tomorrow.',
    ]);
  });

  it('refuses guided breaks adding up to more than the day has', () => {
    const breaks = Array.from({ length: 40 }, (_, i) =>
      event('taken', Date.UTC(2025, 4, 14) + i * 1_000, DAY, 40 * MIN),
    );
    expect(messages(breaks)).toEqual([
      'The guided breaks of 2025-05-14 add up to 1600 minutes, more than the day has.',
    ]);
  });

  it('accepts what older versions wrote: a skipped with a length (their short break), a natural at detection', () => {
    const records: InsightRecord[] = [
      event('skipped', NOW - 3 * HOUR, DAY, 5_000),
      event('natural', NOW - 2 * HOUR, DAY, 5 * MIN),
      event('taken', NOW - HOUR, DAY, 3_000),
      active(DAY, 8 * HOUR),
    ];
    expect(problems(records)).toEqual([]);
  });

  it('gives every refusal a code and the values its translated text needs', () => {
    for (const p of problems([
      { id: 'active:9999-12-31', day: '9999-12-31', kind: 'active', ms: MIN },
      event('snoozed', NOW, '2025-05-10'),
      active(DAY, 26 * HOUR),
      { id: `active:2025-05-13`, day: '2025-05-13', kind: 'active', ms: 'NaN' },
    ])) {
      expect(p.code).toMatch(/^(rec|day)_/);
      expect(p.subs.length).toBeGreaterThan(0);
    }
  });
});

describe('backup problems in every language', () => {
  it('each problem code has its text, with the same placeholders, in all six languages', async () => {
    const { BACKUP_PROBLEM_CODES } = await import('../../../src/core/insights/backupProblem.ts');
    const { loadLocale } = await import('../../support/localeMessages.ts');
    for (const lang of ['en', 'de', 'es', 'fr', 'pt_BR', 'ja']) {
      const messages = loadLocale(lang);
      for (const code of BACKUP_PROBLEM_CODES)
        expect(messages[`ins_err_${code}`]?.message, `${lang} ${code}`).toBeTruthy();
    }
  });
});
