/** The 7- or 30-day view: a switch, a one-line summary and three bar charts. */
import { useState } from 'preact/hooks';
import { lastDays } from '../../core/insights/calendar.ts';
import { breaksDue, breaksKept, type DayFigures } from '../../core/insights/dailyFigures.ts';
import { rangeFigures, totals } from '../../core/insights/rangeFigures.ts';
import { t } from '../i18n.ts';
import { BarChart } from './BarChart.tsx';
import { axisDuration, breaksText as breaks, duration } from './format.ts';

const RANGES = [7, 30] as const;
type Range = (typeof RANGES)[number];

export function RangeCharts({ byDay, today, goal }: { byDay: Map<string, DayFigures>; today: string; goal: number }) {
  const [range, setRange] = useState<Range>(7);
  const span = lastDays(today, range);
  const days = rangeFigures(byDay, span[0] ?? today, today);
  const sum = totals(days);
  const minutes = (ms: number) => duration(ms);
  return (
    <section class="ins-section" aria-labelledby="ins-range-heading">
      <h2 id="ins-range-heading">{t(`ins_range_${range}`)}</h2>
      <fieldset class="ins-switch">
        <legend class="visually-hidden">{t('ins_range_label')}</legend>
        {RANGES.map((r) => (
          <button key={r} type="button" aria-pressed={r === range} onClick={() => setRange(r)}>
            {t(`ins_range_${r}`)}
          </button>
        ))}
      </fieldset>
      <p class="ins-note">
        {t('ins_rangeSummary', [
          duration(sum.activeMs),
          sum.taken + sum.natural,
          breaksDue(sum),
          sum.skipped,
          sum.short,
        ])}
      </p>
      <BarChart
        id={`ins-active-${range}`}
        title={t('ins_chart_active')}
        days={days}
        value={(d) => d.activeMs}
        format={minutes}
        tickFormat={axisDuration}
        kind="duration"
      />
      <BarChart
        id={`ins-breaks-${range}`}
        title={t('ins_chart_breaks')}
        days={days}
        value={breaksKept}
        format={breaks}
        tickFormat={String}
        kind="count"
        goal={{ value: goal, tick: t('ins_goalTick', goal), label: t('ins_goalLine', breaks(goal)) }}
      />
      <BarChart
        id={`ins-stretch-${range}`}
        title={t('ins_chart_stretch')}
        days={days}
        value={(d) => d.longestStretchMs}
        format={minutes}
        tickFormat={axisDuration}
        kind="duration"
      />
    </section>
  );
}
