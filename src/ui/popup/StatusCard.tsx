/**
 * The first thing the popup shows: a small label, a big countdown (or time) and one plain sentence,
 * each saying something the others do not (statusView.ts). Today's numbers are below the actions
 * (TodaySparkline). Before the first status arrives it renders the same boxes with placeholder
 * text, so nothing moves when the answer comes in.
 */
import { t } from '../i18n.ts';
import { type StatusView, viewOf } from './statusView.ts';
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
    </section>
  );
}
