/** The documented examples run and give the documented outcome; the CLI prints that report, the same way every time. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatReport, reportOf } from '../../../src/sim/report.ts';
import { runTimeline } from '../../../src/sim/runTimeline.ts';
import { parseTimeline } from '../../../src/sim/timeline.ts';
import { pinTimeZone } from '../../support/timeZone.ts';

// The examples name Europe/Berlin as their zone, and the CLI (scripts/simulate.ts) runs them in it;
// the in-process runs here must read local time the same way.
pinTimeZone('Europe/Berlin');

const READERS = ['reader-45s', 'reader-70s', 'reader-120s', 'reader-240s'];
const EXAMPLES = ['morning', 'meeting-hold', 'laptop-sleep', 'clock-jump', 'clock-back', ...READERS];

/** The example file, optionally changed before it is parsed (to run a variant of it). */
function simulate(name: string, quiet = true, change: (timeline: Record<string, unknown>) => void = () => {}) {
  const json = JSON.parse(readFileSync(`docs/examples/${name}.json`, 'utf8'));
  change(json);
  const parsed = parseTimeline(json);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return reportOf(runTimeline(parsed.timeline), { quiet });
}
const reminders = (report: ReturnType<typeof simulate>) =>
  report.effects.filter((l) => l.effect?.type === 'showReminder');
const shown = (name: string) => reminders(simulate(name)).map((l) => l.at.slice(11, 19));

describe('simulator examples', () => {
  test.each(EXAMPLES)('%s: parses, and the printed report is that report as JSON, one effect a line', (name) => {
    const report = simulate(name, false);
    const text = formatReport(report);
    expect(JSON.parse(text)).toEqual(report);
    // One line per effect, so two runs diff line by line (docs/SIMULATOR.md).
    expect(text.split('\n').filter((line) => line.startsWith('    {"at"'))).toHaveLength(report.effects.length);
  });

  test('morning: breaks by kind and active time', () => {
    expect(simulate('morning').final).toEqual({
      activeMs: 161 * 60_000,
      activeMinutes: 161,
      breaks: { taken: 2, short: 0, natural: 1, snoozed: 1, skipped: 1, reminded: 4 },
      status: { idle: 'active', accruedMinutes: 37 },
    });
    expect(shown('morning')).toEqual(['09:30:00', '10:36:00', '10:47:00', '11:18:00', '11:53:00']);
  });

  test('meeting-hold: held until the presentation ends, then the film is interrupted after 30 min', () => {
    expect(shown('meeting-hold')).toEqual(['13:45:00', '14:48:00']);
  });

  test('laptop-sleep: lunch is a natural break, the short sleep no break but still sitting time', () => {
    const report = simulate('laptop-sleep');
    expect(report.final.breaks.natural).toBe(1);
    expect(shown('laptop-sleep')).toEqual(['13:15:00']);
  });

  test('clock-jump: one natural break, no backlog, the snooze survives the jump back', () => {
    const report = simulate('clock-jump');
    expect(report.final.breaks).toEqual({ taken: 0, short: 0, natural: 1, snoozed: 1, skipped: 0, reminded: 1 });
    expect(shown('clock-jump')).toEqual(['11:59:10', '11:10:40']);
  });

  test.each(READERS)('%s: reminded at 09:30, no natural break, the hour counted as sitting', (name) => {
    const report = simulate(name);
    expect(shown(name)).toEqual(['09:30:00']);
    expect(report.final.breaks.natural).toBe(0);
    // Final up to the last idle threshold D (60 s) before the end, as while any session is going on.
    expect(report.final.activeMinutes).toBeGreaterThanOrEqual(59);
  });

  test('clock-back: after the clock is set back, a tab switch resumes counting; real and wall time side by side', () => {
    const [line] = reminders(simulate('clock-back'));
    expect([line?.real.slice(11, 19), line?.at.slice(11, 19)]).toEqual(['09:32:30', '08:32:30']);
    // Without the focus wake, Chromium's alarm waits for the wall clock: 90 real minutes.
    const noFocus = (t: Record<string, unknown>) => {
      t.events = (t.events as { focus?: boolean }[]).filter((e) => !e.focus);
      t.end = '+2h';
    };
    const [late] = reminders(simulate('clock-back', true, noFocus));
    expect(late?.real.slice(11, 19)).toBe('10:30:00');
    // Firefox's alarms fire after their real delay: without the focus wake it loses only the minute
    // between the last heartbeat and the next one (the wall clock cannot tell how long that was).
    const firefoxNoFocus = (t: Record<string, unknown>) => {
      noFocus(t);
      t.browser = 'firefox';
    };
    const [firefox] = reminders(simulate('clock-back', true, firefoxNoFocus));
    expect(firefox?.real.slice(11, 19)).toBe('09:31:00');
  });

  test('a browser restart: the reminder that was on screen is delivered again', () => {
    const report = simulate('morning', true, (t) => {
      t.events = [
        { at: '+0s', event: { type: 'wake', idle: 'active' } },
        { at: '+31m', sleep: true },
        { at: '+1m', restart: true },
      ];
      t.end = '+1m';
    });
    expect(reminders(report).map((l) => l.at.slice(11, 19))).toEqual(['09:30:00', '09:32:00']);
    expect(report.final.breaks.reminded).toBe(1);
  });

  test('the CLI prints the same JSON twice and a readable error for a bad timeline', () => {
    const tsx = join('node_modules', '.bin', 'tsx');
    const run = () => execFileSync(tsx, ['scripts/simulate.ts', 'docs/examples/clock-jump.json'], { encoding: 'utf8' });
    const first = run();
    // A separate process (its own clock, its own start time) prints the same bytes again.
    expect(run()).toBe(first);
    expect(first).toBe(`${formatReport(simulate('clock-jump', false))}\n`);
    const bad = join(tmpdir(), `limber-bad-${process.pid}.json`);
    writeFileSync(bad, JSON.stringify({ start: START_BAD, events: [{ at: '+1m', event: { type: 'snooze' } }] }));
    let stderr = '';
    try {
      execFileSync(tsx, ['scripts/simulate.ts', bad], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      stderr = String((error as { stderr: string }).stderr);
    }
    expect(stderr).toContain('not a valid timeline');
    expect(stderr).toContain('events[0].event.minutes: is missing');
  }, 30_000);
});

const START_BAD = '2026-03-02T09:00:00+01:00';
