/** The Insights page: today, the 7- or 30-day charts, and export / import of the history. */
import { emptyDay } from '../../core/insights/dailyFigures.ts';
import { t } from '../i18n.ts';
import { BackupPanel } from './BackupPanel.tsx';
import { RangeCharts } from './RangeCharts.tsx';
import type { InsightsSource } from './source.ts';
import { TodaySummary } from './TodaySummary.tsx';
import { useInsights } from './useInsights.ts';

export function InsightsApp({ source, now }: { source: InsightsSource; now: () => number }) {
  const { state, reload } = useInsights(source, now);
  return (
    <main class="ins-page">
      <h1>{t('ins_title')}</h1>
      <p class="ins-note">{t('ins_intro')}</p>
      {state.kind === 'loading' ? <p aria-live="polite">{t('ins_loading')}</p> : null}
      {state.kind === 'failed' ? <p role="alert">{t('ins_loadFailed', state.reason)}</p> : null}
      {state.kind === 'ready' ? (
        <>
          {state.data.hasHistory ? null : <p class="ins-empty">{t('ins_empty')}</p>}
          <TodaySummary
            today={state.data.byDay.get(state.data.today) ?? emptyDay(state.data.today)}
            streak={state.data.streak}
            goal={state.data.goal}
            naturalMin={state.data.naturalMin}
          />
          <RangeCharts byDay={state.data.byDay} today={state.data.today} goal={state.data.goal} />
        </>
      ) : null}
      <BackupPanel source={source} now={now} onImported={() => void reload()} />
    </main>
  );
}
