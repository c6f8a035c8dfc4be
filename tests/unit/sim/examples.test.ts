/** The documented examples run, give the documented outcome, and give it the same way every time. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatReport, reportOf } from '../../../src/sim/report.ts';
import { runTimeline } from '../../../src/sim/runTimeline.ts';
import { parseTimeline } from '../../../src/sim/timeline.ts';

const EXAMPLES = ['morning', 'meeting-hold', 'laptop-sleep', 'clock-jump'];

function simulate(name: string, quiet = true) {
  const parsed = parseTimeline(JSON.parse(readFileSync(`docs/examples/${name}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return reportOf(runTimeline(parsed.timeline), { quiet });
}
const shown = (name: string) =>
  simulate(name)
    .effects.filter((l) => l.effect?.type === 'showReminder')
    .map((l) => l.at.slice(11, 19));

describe('simulator examples', () => {
  test.each(EXAMPLES)('%s: parses, and two runs give identical output', (name) => {
    expect(formatReport(simulate(name, false))).toBe(formatReport(simulate(name, false)));
    expect(JSON.parse(formatReport(simulate(name)))).toEqual(simulate(name));
  });

  test('morning: breaks by kind and active time', () => {
    expect(simulate('morning').final).toEqual({
      activeMs: 161 * 60_000,
      activeMinutes: 161,
      breaks: { taken: 2, natural: 1, snoozed: 1, skipped: 1, reminded: 4 },
      status: { idle: 'active', accruedMinutes: 37 },
    });
    expect(shown('morning')).toEqual(['09:30:00', '10:36:00', '10:47:00', '11:18:00', '11:53:00']);
  });

  test('meeting-hold: held until the presentation ends, then the film is interrupted after 30 min', () => {
    expect(shown('meeting-hold')).toEqual(['13:45:00', '14:48:00']);
  });

  test('laptop-sleep: lunch is a natural break, the short sleep neither a break nor active time', () => {
    const report = simulate('laptop-sleep');
    expect(report.final.breaks.natural).toBe(1);
    expect(shown('laptop-sleep')).toEqual(['13:18:00']);
  });

  test('clock-jump: one natural break, no backlog, the snooze survives the jump back', () => {
    const report = simulate('clock-jump');
    expect(report.final.breaks).toEqual({ taken: 0, natural: 1, snoozed: 1, skipped: 0, reminded: 1 });
    expect(shown('clock-jump')).toEqual(['11:59:10', '11:10:40']);
  });

  test('the CLI prints the same JSON twice and a readable error for a bad timeline', () => {
    const tsx = join('node_modules', '.bin', 'tsx');
    const run = () => execFileSync(tsx, ['scripts/simulate.ts', 'docs/examples/clock-jump.json'], { encoding: 'utf8' });
    const first = run();
    expect(run()).toBe(first);
    expect(JSON.parse(first).final.breaks.natural).toBe(1);
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
