// @vitest-environment happy-dom
/**
 * The Insights page and the popup's TodaySparkline against in-memory sources: figures, charts with
 * their tables, the 7/30 switch, empty history, and the import flow (refused file, merged file).
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../src/core/insights/backupFormat.ts';
import { addDays } from '../../src/core/insights/calendar.ts';
import { type DayFigures, emptyDay } from '../../src/core/insights/dailyFigures.ts';
import type { InsightRecord } from '../../src/core/insights/stretchRecord.ts';
import { axisDuration } from '../../src/ui/insights/format.ts';
import { InsightsApp } from '../../src/ui/insights/InsightsApp.tsx';
import type { InsightsSource } from '../../src/ui/insights/source.ts';
import { TodaySparkline } from '../../src/ui/popup/TodaySparkline.tsx';

afterEach(cleanup);

const NOW = new Date(2025, 4, 14, 15).getTime();
const TODAY = '2025-05-14';
const MIN = 60_000;

function day(offset: number, patch: Partial<DayFigures>): DayFigures {
  return { ...emptyDay(addDays(TODAY, offset)), ...patch };
}

function source(days: DayFigures[], goal = 6): InsightsSource & { imported: InsightRecord[][] } {
  const imported: InsightRecord[][] = [];
  return {
    imported,
    load: async () => ({ days, goal }),
    exportRecords: async () => [],
    importRecords: async (records) => {
      imported.push([...records]);
      return { added: records.length, raised: 0, unchanged: 0, tooOld: 0 };
    },
  };
}

const WEEK = [
  day(0, {
    activeMs: 95 * MIN,
    taken: 3,
    short: 1,
    natural: 1,
    snoozed: 2,
    skipped: 1,
    reminded: 4,
    longestStretchMs: 42 * MIN,
  }),
  day(-1, { activeMs: 240 * MIN, taken: 4, natural: 2, longestStretchMs: 55 * MIN }),
  day(-2, { activeMs: 200 * MIN, taken: 6, longestStretchMs: 31 * MIN }),
  day(-20, { activeMs: 60 * MIN, taken: 1 }),
];

async function renderPage(days = WEEK, goal = 6) {
  const src = source(days, goal);
  render(<InsightsApp source={src} now={() => NOW} />);
  await screen.findByRole('heading', { name: 'Today' });
  return src;
}

function figure(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.parentElement?.querySelector('dd')?.textContent ?? '';
}

describe('InsightsApp', () => {
  it("shows today's figures, breaks kept and the goal streak", async () => {
    await renderPage();
    expect(figure('Sitting time')).toBe('1 h 35 min');
    expect(figure('Short breaks')).toBe('1');
    // What sitting time counts, said on the page, with the user's own natural-break length.
    expect(
      screen.getByText(
        /^Sitting time is what the break countdown counts: .* shorter than 5 min .* A pause of 5 min or more is a natural break/,
      ),
    ).toBeTruthy();
    expect(figure('Breaks taken')).toBe('3');
    expect(figure('Natural breaks')).toBe('1');
    expect(figure('Snoozed')).toBe('2');
    expect(figure('Skipped')).toBe('1');
    expect(figure('Longest sitting stretch')).toBe('42 min');
    // 4 kept (3 taken, 1 natural) of 6 due: a short break and a skip are not kept.
    expect(figure('Breaks kept')).toBe('67 %');
    // Today is under the goal (4 of 6) but still under way; the two days before met it.
    expect(figure('Goal streak')).toBe('2 days');
    expect(screen.getByText('Goal: 6 breaks a day. Best: 2 days.')).toBeTruthy();
  });

  it('draws three SVG charts of 7 bars, each bar titled, each chart with a table', async () => {
    await renderPage();
    const charts = document.querySelectorAll('figure.ins-chart');
    expect(charts).toHaveLength(3);
    for (const chart of charts) {
      const svg = chart.querySelector('svg[role="img"]');
      expect(svg?.getAttribute('aria-labelledby')?.split(' ')).toHaveLength(2);
      expect(chart.querySelectorAll('rect.ins-bar')).toHaveLength(7);
      expect(chart.querySelectorAll('rect.ins-bar title')).toHaveLength(7);
      expect(chart.querySelectorAll('table tbody tr')).toHaveLength(7);
    }
    const active = within(charts[0] as HTMLElement);
    expect(active.getByRole('table').querySelector('caption')?.textContent).toBe('Sitting time per day');
    const titles = [...(charts[0]?.querySelectorAll('rect.ins-bar title') ?? [])].map((t) => t.textContent);
    expect(titles[6]).toMatch(/^Wed, .*14.*: 1 h 35 min$/);
    expect(titles[5]).toMatch(/: 4 h 00 min$/);
    // The goal's short label sits in the value column; its full name is the line's title.
    expect(charts[1]?.querySelector('.ins-goal text')?.textContent).toBe('Goal 6');
    expect(charts[1]?.querySelector('.ins-goal title')?.textContent).toBe('Daily goal: 6 breaks');
    // A value axis of round steps: durations in minutes and hours, breaks as whole numbers.
    const ticks = (i: number) =>
      [...(charts[i]?.querySelectorAll('.ins-tick-row text') ?? [])].map((e) => e.textContent);
    // Short enough to fit beside the chart: whole hours as "2 h", minutes alone below an hour.
    expect(ticks(0)).toEqual(['0', '1 h', '2 h', '3 h', '4 h']);
    expect([30, 90].map((m) => axisDuration(m * 60_000))).toEqual(['30 min', '1 h 30']);
    expect(ticks(1)[0]).toBe('0');
    expect(ticks(1).every((v) => /^\d+$/.test(v ?? ''))).toBe(true);
    expect(screen.getByText('8 h 55 min sitting, 16 breaks kept of 18 due (1 skipped, 1 short).')).toBeTruthy();
  });

  it('shows a table on request and switches to 30 days', async () => {
    await renderPage();
    const toggle = screen.getAllByRole('button', { name: 'Show as table' })[0] as HTMLButtonElement;
    const table = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(table?.classList.contains('visually-hidden')).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(table?.classList.contains('visually-hidden')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Last 30 days' }));
    expect(screen.getByRole('button', { name: 'Last 30 days' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.querySelectorAll('figure.ins-chart')[0]?.querySelectorAll('rect.ins-bar')).toHaveLength(30);
    expect(screen.getByText(/^9 h 55 min sitting, 17 breaks kept of 19 due/)).toBeTruthy();
  });

  it('says so when there is no history, and still draws empty charts', async () => {
    await renderPage([]);
    expect(screen.getByText('No history yet. Limber records sitting time and breaks as you work.')).toBeTruthy();
    expect(figure('Breaks kept')).toBe('—');
    expect(document.querySelectorAll('rect.ins-bar')).toHaveLength(21);
  });

  it('reports a load failure', async () => {
    const src = source([]);
    src.load = async () => {
      throw new Error('The database is closed.');
    };
    render(<InsightsApp source={src} now={() => NOW} />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your history could not be read: The database is closed.',
    );
  });

  it('refuses a bad backup with every problem listed, and imports a good one', async () => {
    const src = await renderPage();
    const input = screen.getByLabelText('Import a backup (JSON)') as HTMLInputElement;
    const pick = (text: string) => {
      const file = new File([text], 'backup.json', { type: 'application/json' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      fireEvent.change(input);
    };
    pick(JSON.stringify({ format: 'limber-prefs', version: 3, records: [{ id: 'x' }] }));
    const alert = await screen.findByRole('alert');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'This is not a Limber history backup (format is "limber-prefs").',
      'Backup version 3 is not supported; this Limber reads version 1.',
      'Record 1 has no "day".',
    ]);
    expect(src.imported).toEqual([]);
    const record: InsightRecord = { id: `active:${TODAY}`, day: TODAY, kind: 'active', ms: MIN };
    pick(exportBackup([record], NOW));
    await screen.findByText('Backup imported: 1 new, 0 updated, 0 already here, 0 older than two years.');
    expect(src.imported).toEqual([[record]]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a backup that makes no sense, saying why in plain words, and writes nothing', async () => {
    const src = await renderPage();
    const input = screen.getByLabelText('Import a backup (JSON)') as HTMLInputElement;
    const at = NOW - 60 * MIN;
    const records = [
      { id: 'active:9999-12-31', day: '9999-12-31', kind: 'active', ms: MIN },
      { id: `active:${TODAY}`, day: TODAY, kind: 'active', ms: 'NaN' },
      { id: `snoozed:${at}`, day: '2025-05-01', kind: 'snoozed', at },
    ];
    const file = new File([JSON.stringify({ format: 'limber-history', version: 1, records })], 'backup.json');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Record 1 is dated 9999-12-31, after tomorrow.',
      'Record 2 (active, 2025-05-14): the amount of time is not a number of milliseconds (found "NaN").',
      `Record 3 (snoozed): its time ${new Date(at).toISOString()} does not fall on 2025-05-01 in any time zone.`,
    ]);
    expect(src.imported).toEqual([]);
  });

  it('shows the progress of an import that takes more than half a second, and only then', async () => {
    const src = await renderPage();
    let release: () => void = () => {};
    src.importRecords = (records, _now, onProgress) =>
      new Promise((resolve) => {
        onProgress?.(1, 2);
        release = () => {
          onProgress?.(2, 2);
          resolve({ added: records.length, raised: 0, unchanged: 0, tooOld: 0 });
        };
      });
    const input = screen.getByLabelText('Import a backup (JSON)') as HTMLInputElement;
    const record: InsightRecord = { id: `active:${TODAY}`, day: TODAY, kind: 'active', ms: MIN };
    Object.defineProperty(input, 'files', {
      value: [new File([exportBackup([record], NOW)], 'b.json')],
      configurable: true,
    });
    fireEvent.change(input);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.querySelector('.ins-progress')).toBeNull();
    const bar = await waitFor(
      () => {
        const found = document.querySelector('.ins-progress progress');
        if (!found) throw new Error('no progress yet');
        return found;
      },
      { timeout: 2_000 },
    );
    expect(bar.getAttribute('aria-label')).toBe('Importing: 1 of 2 records…');
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['1', '2']);
    release();
    await screen.findByText('Backup imported: 1 new, 0 updated, 0 already here, 0 older than two years.');
    expect(document.querySelector('.ins-progress')).toBeNull();
  });

  it('exports through a download link', async () => {
    const create = vi.fn(() => 'blob:limber');
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Export daily figures (CSV)' }));
    await screen.findByText('Saved limber-history-2025-05-14.csv.');
    fireEvent.click(screen.getByRole('button', { name: 'Export backup (JSON)' }));
    await screen.findByText('Saved limber-history-2025-05-14.json.');
    expect(create).toHaveBeenCalledTimes(2);
    expect(clicked).toHaveBeenCalledTimes(2);
    clicked.mockRestore();
  });
});

describe('TodaySparkline', () => {
  const week = Array.from({ length: 7 }, (_, i) => day(i - 6, { activeMs: (i + 1) * 10 * MIN, taken: i }));

  it("shows today's figures, a 7-point sparkline with a text alternative, and a link to Insights", async () => {
    render(<TodaySparkline now={() => NOW} load={async () => week} />);
    await screen.findByText('Today: 1 h 10 min sitting · 6 breaks · longest stretch 0 min');
    const svg = screen.getByRole('img');
    expect(svg.getAttribute('aria-label')).toMatch(/^Sitting time, last 7 days: Thu 10 min, .*Wed 1 h 10 min$/);
    expect(svg.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(7);
    const link = screen.getByRole('link', { name: 'Insights' });
    expect(link.getAttribute('href')).toBe('../insights/insights.html');
  });

  it('prefers the live figures of today when the popup has them', async () => {
    const live = { activeMs: 80 * MIN, taken: 7, short: 0, natural: 1, snoozed: 0, skipped: 0 };
    render(<TodaySparkline now={() => NOW} load={async () => week} today={live} />);
    await screen.findByText('Today: 1 h 20 min sitting · 8 breaks · longest stretch 0 min');
  });

  it('when the history cannot be read: today from the live status, no week line, nothing invented', async () => {
    const today = { activeMs: 25 * 60_000, taken: 1, short: 0, natural: 1, snoozed: 0, skipped: 0 };
    const { container } = render(
      <TodaySparkline now={() => NOW} today={today} load={async () => Promise.reject(new Error('x'))} />,
    );
    await new Promise((done) => setTimeout(done, 10));
    expect(container.querySelector('.today-spark-figures')?.textContent).toBe(
      'Today: 25 min sitting · 2 breaks · longest stretch –',
    );
    expect(container.querySelector('svg')).toBeNull();
  });
});
