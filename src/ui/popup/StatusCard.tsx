/**
 * The first thing the popup shows: a small label, a big countdown (or time), one plain sentence and
 * today's numbers. Before the first status arrives it renders the same boxes with placeholder text,
 * so nothing moves when the answer comes in.
 */
import type { Status } from '../../core/status.ts';
import { t } from '../i18n.ts';
import { durationText, type StatusView, viewOf } from './statusView.ts';
import type { Snapshot } from './useStatus.ts';

export interface StatusCardProps {
  snapshot: Snapshot | null;
  now: number;
  error: string | null;
  onRetry: () => void;
}

const PLACEHOLDER_HERO = '--:--';

/**
 * Text that changes in place inside centred lines ("10:00" → "9:59") moves its start, which Chrome
 * counts as a layout shift. A new node per value is new content instead, not a shift.
 */
const Fresh = ({ text }: { text: string }) => <span key={text}>{text}</span>;

function loadingView(): StatusView {
  return {
    kicker: t('popup_kicker_loading'),
    hero: PLACEHOLDER_HERO,
    sentence: t('popup_sentence_loading'),
    hold: null,
  };
}

function Today({ today }: { today: Status['today'] | null }) {
  const breaks = today ? today.taken + today.natural : null;
  return (
    <dl class="today">
      <div>
        <dt>{t('popup_today_sitting')}</dt>
        <dd>
          <Fresh text={today ? durationText(today.activeMs) : '–'} />
        </dd>
      </div>
      <div>
        <dt>{t('popup_today_breaks')}</dt>
        <dd>
          <Fresh text={breaks === null ? '–' : String(breaks)} />
          {today && today.natural > 0 && (
            <span class="today-detail">{t('popup_breaks_detail', [today.taken, today.natural])}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}

export function StatusCard({ snapshot, now, error, onRetry }: StatusCardProps) {
  const view = snapshot ? viewOf(snapshot.status, snapshot.receivedAt, now) : loadingView();
  const failed = error !== null && snapshot === null;
  return (
    <section
      class="status-card"
      data-kind={snapshot?.status.kind ?? 'loading'}
      aria-labelledby="status-kicker"
      aria-busy={snapshot === null && !failed}
    >
      <p class="kicker" id="status-kicker">
        <Fresh text={view.kicker} />
      </p>
      {/* A timer's every second is not announced (implicit aria-live off); the sentence carries the news. */}
      <p class="hero" role="timer" aria-describedby="status-sentence">
        <Fresh text={view.hero} />
      </p>
      {/* Fixed-height box: a hold line or retry button appearing never pushes the rest down. */}
      <div class="status-text">
        <p class="sentence" id="status-sentence">
          <Fresh text={failed ? t('popup_status_failed', error) : view.sentence} />
        </p>
        {view.hold && <p class="hold">{view.hold}</p>}
        {failed && (
          <button type="button" class="retry" onClick={onRetry}>
            {t('popup_retry')}
          </button>
        )}
      </div>
      <Today today={snapshot?.status.today ?? null} />
    </section>
  );
}
