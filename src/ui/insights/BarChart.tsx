/**
 * One bar per day, drawn in SVG (no chart library). Each bar carries a <title> (a tooltip, and its
 * name for assistive technology); the whole chart has a title and a description. The same numbers
 * are in a <table>: always in the page for screen readers, visually hidden until "Show as table".
 */
import { useState } from 'preact/hooks';
import type { DayFigures } from '../../core/insights/dailyFigures.ts';
import { t } from '../i18n.ts';
import { longDay, shortDate, weekdayShort } from './format.ts';

export interface BarChartProps {
  id: string;
  title: string;
  days: readonly DayFigures[];
  value: (d: DayFigures) => number;
  format: (value: number) => string;
  /** A dashed reference line (the daily goal), with its label. */
  goal?: { value: number; label: string };
}

const WIDTH = 640;
const HEIGHT = 180;
const TOP = 14;
const BOTTOM = 22;

export function BarChart({ id, title, days, value, format, goal }: BarChartProps) {
  const [tableShown, setTableShown] = useState(false);
  const values = days.map(value);
  const max = Math.max(1, goal?.value ?? 0, ...values);
  const slot = WIDTH / Math.max(1, days.length);
  const barWidth = Math.max(2, slot * 0.7);
  const scale = (v: number) => ((HEIGHT - TOP - BOTTOM) * v) / max;
  const everyLabel = days.length <= 7 ? 1 : 5;
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
        <line class="ins-axis" x1="0" x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
        {days.map((d, i) => {
          const h = scale(values[i] ?? 0);
          return (
            <g key={d.day}>
              <rect
                class="ins-bar"
                x={i * slot + (slot - barWidth) / 2}
                y={HEIGHT - BOTTOM - h}
                width={barWidth}
                height={h}
              >
                <title>{`${longDay(d.day)}: ${format(values[i] ?? 0)}`}</title>
              </rect>
              {i % everyLabel === 0 || i === days.length - 1 ? (
                <text class="ins-tick" x={i * slot + slot / 2} y={HEIGHT - 6} text-anchor="middle">
                  {days.length <= 7 ? weekdayShort(d.day) : shortDate(d.day)}
                </text>
              ) : null}
            </g>
          );
        })}
        {goal ? (
          <g class="ins-goal">
            <line x1="0" x2={WIDTH} y1={HEIGHT - BOTTOM - scale(goal.value)} y2={HEIGHT - BOTTOM - scale(goal.value)} />
            <text x={WIDTH - 4} y={HEIGHT - BOTTOM - scale(goal.value) - 4} text-anchor="end">
              {goal.label}
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
