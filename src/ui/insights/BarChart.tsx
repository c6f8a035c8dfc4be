/**
 * One bar per day, drawn in SVG (no chart library), with a value axis of round steps (axisTicks)
 * and light grid lines. The daily goal is a dashed line whose label sits in the axis column, so it
 * never collides with the bars; the first and last day labels are anchored inside the drawing, so
 * they are never clipped. Each bar carries a <title> (a tooltip, and its name for assistive
 * technology); the whole chart has a title and a description. The same numbers are in a <table>:
 * always in the page for screen readers, visually hidden until "Show as table".
 */
import { useState } from 'preact/hooks';
import { type AxisKind, axisTicks } from '../../core/insights/axisTicks.ts';
import type { DayFigures } from '../../core/insights/dailyFigures.ts';
import { t } from '../i18n.ts';
import { longDay, shortDate, weekdayShort } from './format.ts';

export interface BarChartProps {
  id: string;
  title: string;
  days: readonly DayFigures[];
  value: (d: DayFigures) => number;
  format: (value: number) => string;
  /** The axis values' text, when shorter than `format` ("2" beside a chart titled "Breaks"). */
  tickFormat?: (value: number) => string;
  /** What the values are, for round axis steps (minutes and hours, or whole counts). */
  kind: AxisKind;
  /** A dashed reference line (the daily goal): its value, the axis label and the full label. */
  goal?: { value: number; tick: string; label: string };
}

const WIDTH = 640;
const HEIGHT = 200;
/** Room for the axis values (and the goal's label) at the left. */
const LEFT = 72;
const RIGHT = 6;
const TOP = 10;
const BOTTOM = 24;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;
/** An axis value this close to the goal's label (in drawing units) is left out, not overprinted. */
const LABEL_CLEARANCE = 14;

export function BarChart({ id, title, days, value, format, tickFormat = format, kind, goal }: BarChartProps) {
  const [tableShown, setTableShown] = useState(false);
  const values = days.map(value);
  const axis = axisTicks(Math.max(goal?.value ?? 0, ...values), kind);
  const slot = PLOT_W / Math.max(1, days.length);
  const barWidth = Math.max(2, slot * 0.7);
  const scale = (v: number) => (PLOT_H * v) / axis.max;
  const yOf = (v: number) => TOP + PLOT_H - scale(v);
  const goalY = goal ? yOf(goal.value) : null;
  const ticks = axis.ticks.filter((v) => goalY === null || Math.abs(yOf(v) - goalY) >= LABEL_CLEARANCE);
  const everyLabel = days.length <= 7 ? 1 : 5;
  const lastIndex = days.length - 1;
  const first = days[0];
  const last = days[days.length - 1];
  const peak = Math.max(0, ...values);
  const description = first && last ? t('ins_chart_desc', [longDay(first.day), longDay(last.day), format(peak)]) : '';
  return (
    <figure class="ins-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} class="ins-chart-title">
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-svg-title ${id}-svg-desc`}
        class="ins-svg"
      >
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-svg-desc`}>{description}</desc>
        {ticks.map((v) => (
          <g key={v} class="ins-tick-row">
            <line class="ins-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={yOf(v)} y2={yOf(v)} />
            <text class="ins-tick" x={LEFT - 8} y={yOf(v) + 4} text-anchor="end">
              {tickFormat(v)}
            </text>
          </g>
        ))}
        <line class="ins-axis" x1={LEFT} x2={WIDTH - RIGHT} y1={TOP + PLOT_H} y2={TOP + PLOT_H} />
        {days.map((d, i) => {
          const h = scale(values[i] ?? 0);
          const x = LEFT + i * slot;
          // The first and last labels are anchored inward, so they never run off the drawing.
          const anchor = i === 0 ? 'start' : i === lastIndex && lastIndex > 0 ? 'end' : 'middle';
          const labelX =
            anchor === 'start'
              ? x + (slot - barWidth) / 2
              : anchor === 'end'
                ? x + (slot + barWidth) / 2
                : x + slot / 2;
          return (
            <g key={d.day}>
              <rect class="ins-bar" x={x + (slot - barWidth) / 2} y={TOP + PLOT_H - h} width={barWidth} height={h}>
                <title>{`${longDay(d.day)}: ${format(values[i] ?? 0)}`}</title>
              </rect>
              {i % everyLabel === 0 || i === lastIndex ? (
                <text class="ins-tick" x={labelX} y={HEIGHT - 6} text-anchor={anchor}>
                  {days.length <= 7 ? weekdayShort(d.day) : shortDate(d.day)}
                </text>
              ) : null}
            </g>
          );
        })}
        {goal && goalY !== null ? (
          <g class="ins-goal">
            <title>{goal.label}</title>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={goalY} y2={goalY} />
            <text x={LEFT - 8} y={goalY + 4} text-anchor="end">
              {goal.tick}
            </text>
          </g>
        ) : null}
      </svg>
      <button
        type="button"
        class="ins-table-toggle"
        aria-expanded={tableShown}
        aria-controls={`${id}-table`}
        onClick={() => setTableShown(!tableShown)}
      >
        {tableShown ? t('ins_table_hide') : t('ins_table_show')}
      </button>
      <div id={`${id}-table`} class={tableShown ? 'ins-table' : 'ins-table visually-hidden'}>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ins_table_day')}</th>
              <th scope="col">{title}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d, i) => (
              <tr key={d.day}>
                <th scope="row">{longDay(d.day)}</th>
                <td>{format(values[i] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
