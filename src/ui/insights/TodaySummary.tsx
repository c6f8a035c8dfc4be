/**
 * Today's figures, the share of breaks kept and the goal streak, as a list of labelled values, and
 * what sitting time means (it is what the break countdown counts, short pauses included).
 */
import { adherence, type DayFigures } from '../../core/insights/dailyFigures.ts';
import type { Streak } from '../../core/insights/streak.ts';
import { t } from '../i18n.ts';
import { daysText, duration, percent } from './format.ts';

interface TodaySummaryProps {
  today: DayFigures;
  streak: Streak;
  goal: number;
  naturalMin: number;
}

export function TodaySummary({ today, streak, goal, naturalMin }: TodaySummaryProps) {
  const figures: [string, string][] = [
    [t('ins_fig_active'), duration(today.activeMs)],
    [t('ins_fig_taken'), String(today.taken)],
    [t('ins_fig_natural'), String(today.natural)],
    [t('ins_fig_snoozed'), String(today.snoozed)],
    [t('ins_fig_skipped'), String(today.skipped)],
    [t('ins_fig_short'), String(today.short)],
    [t('ins_fig_stretch'), duration(today.longestStretchMs)],
    [t('ins_fig_adherence'), percent(adherence(today))],
    [t('ins_fig_streak'), daysText(streak.current)],
  ];
  return (
    <section class="ins-section" aria-labelledby="ins-today">
      <h2 id="ins-today">{t('ins_today')}</h2>
      <dl class="ins-figures">
        {figures.map(([label, value]) => (
          <div class="ins-figure" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p class="ins-note">{t('ins_sittingNote', naturalMin)}</p>
      <p class="ins-note">{t('ins_streakHint', [goal, streak.best])}</p>
    </section>
  );
}
