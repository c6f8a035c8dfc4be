/**
 * Today's figures and a 7-day sparkline of active time, for the popup, with a link to the Insights
 * page. Small on purpose: the data loader (idb) is imported only when the component mounts.
 * `today`, when given (the popup's live status), replaces the stored figures of today, which lag
 * the running count by up to a minute.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DayFigures } from '../../core/insights/dailyFigures.ts';
import { sparklinePoints, toPolyline } from '../../core/insights/sparkline.ts';
import type { Status } from '../../core/status.ts';
import { t } from '../i18n.ts';
import { duration, weekdayShort } from '../insights/format.ts';

export interface TodaySparklineProps {
  now?: () => number;
  today?: Status['today'];
  load?: (now: number) => Promise<DayFigures[]>;
}

const defaultLoad = (now: number) => import('../insights/weekData.ts').then((m) => m.loadWeek(now));
const W = 120;
const H = 28;

export function TodaySparkline({ now = Date.now, today, load = defaultLoad }: TodaySparklineProps) {
  const [week, setWeek] = useState<DayFigures[] | null>(null);
  useEffect(() => {
    let live = true;
    load(now()).then(
      (days) => live && setWeek(days),
      () => live && setWeek([]),
    );
    return () => {
      live = false;
    };
  }, [load, now]);
  // Drawn from the first render, with today's live figures as soon as the status has them; the week
  // (and the longest stretch, which only the stored figures know) fills in when it has loaded, in
  // boxes of fixed size, so nothing below or above moves.
  const stored = week && week.length > 0 ? (week[week.length - 1] as DayFigures) : null;
  const activeMs = today?.activeMs ?? stored?.activeMs;
  const breaks = today ? today.taken + today.natural : stored ? stored.taken + stored.natural : undefined;
  const dash = '–';
  const figures = t('ins_spark_today', [
    activeMs === undefined ? dash : duration(activeMs),
    breaks === undefined ? dash : breaks,
    stored ? duration(stored.longestStretchMs) : dash,
  ]);
  const values = week?.map((d, i) => (i === week.length - 1 ? (activeMs ?? d.activeMs) : d.activeMs)) ?? [];
  const label =
    stored &&
    week &&
    t('ins_spark_label', week.map((d, i) => `${weekdayShort(d.day)} ${duration(values[i] ?? 0)}`).join(', '));
  return (
    <section class="today-spark">
      <p class="today-spark-figures">{figures}</p>
      {label ? (
        <svg class="today-spark-line" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
          <title>{label}</title>
          <polyline
            points={toPolyline(sparklinePoints(values, W, H))}
            fill="none"
            stroke="currentColor"
            stroke-width="2"
          />
        </svg>
      ) : (
        <span class="today-spark-line" style={{ width: `${W}px`, height: `${H}px` }} />
      )}
      <a class="today-spark-link" href="../insights/insights.html" target="_blank" rel="noopener">
        {t('ins_spark_open')}
      </a>
    </section>
  );
}
