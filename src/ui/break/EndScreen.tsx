/**
 * The end of the break: what happened, in plain words. The background decides how the break is
 * logged (rule 7: taken needs the routine finished with half of B spent, or B spent; anything shorter
 * is a short break), so the heading waits for its answer: "Well done" only for a break taken. Then
 * what was done, when the next break comes, how today stands against the daily goal and the goal
 * streak; a hydration tip (the seed: muscles need water); and "Back to work", which closes the page:
 * the tab was opened from the one the person was on, so the browser returns there.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Streak } from '../../core/insights/streak.ts';
import type { Status } from '../../core/status.ts';
import type { FinishedBreak } from '../../messaging/protocol.ts';
import { t, uiLanguage } from '../i18n.ts';
import { clockTime, lengthText } from '../shared/format.ts';
import type { RoutineSummary } from './RoutinePlayer.tsx';

export type LogState = 'saving' | FinishedBreak | { error: string };

interface EndScreenProps {
  summary: RoutineSummary;
  log: LogState;
  /** B, for saying what a break taken needs. */
  breakMinutes: number;
  /** The daily goal (breaks kept a day), for today's line. */
  goal: number;
  /** Reads the goal streak once the break is recorded; absent in tests that do not need it. */
  loadStreak?: (now: number) => Promise<Streak>;
  onClose(): void;
  now?: () => number;
}

const plural = (n: number, one: string, other: string, subs: (string | number)[]) =>
  t(new Intl.PluralRules(uiLanguage()).select(n) === 'one' ? one : other, subs);

const minutes = (ms: number) => Math.max(1, Math.round(ms / 60_000));

function heading(log: LogState): string {
  if (log === 'saving') return t('brk_endTitleSaving');
  if ('error' in log) return t('brk_endTitleUnlogged');
  return log.logged === 'taken' ? t('brk_endTitle') : t('brk_endTitleShort');
}

/** "After about 30 minutes at the computer, around 11:32", when one is coming. */
function nextBreakText(status: Status): string | null {
  if (status.kind !== 'working' && status.kind !== 'away') return null;
  const left = minutes(status.remainingMs);
  const at = status.nextBreakAt;
  return at === null
    ? plural(left, 'brk_endNextNoTime_one', 'brk_endNextNoTime_other', [left])
    : plural(left, 'brk_endNext_one', 'brk_endNext_other', [left, clockTime(at)]);
}

function GoalDots({ kept, goal }: { kept: number; goal: number }) {
  // Beyond a dozen, dots stop being readable at a glance; the words carry the number.
  if (goal > 12) return null;
  return (
    <span class="brk-dots" aria-hidden="true">
      {Array.from({ length: goal }, (_, i) => (
        <span key={i} class={i < kept ? 'brk-dot brk-dot-on' : 'brk-dot'} />
      ))}
    </span>
  );
}

export function EndScreen({ summary, log, breakMinutes, goal, loadStreak, onClose, now = Date.now }: EndScreenProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [streak, setStreak] = useState<Streak | null>(null);
  // Focus moves here so keyboard and screen-reader users land on the result, not on a vanished button.
  useEffect(() => headingRef.current?.focus(), []);
  const finished = typeof log === 'object' && 'logged' in log ? log : null;
  useEffect(() => {
    if (!finished || !loadStreak) return;
    loadStreak(now()).then(setStreak, () => setStreak(null));
  }, [finished]);

  const kept = finished ? finished.status.today.taken + finished.status.today.natural : null;
  const next = finished ? nextBreakText(finished.status) : null;
  return (
    <section class="brk-end" aria-labelledby="brk-end-title">
      <h2 id="brk-end-title" ref={headingRef} tabIndex={-1}>
        {heading(log)}
      </h2>
      {finished?.logged === 'short' && (
        <p>
          {t('brk_endShortText', [
            lengthText(finished.durationMs),
            lengthText((breakMinutes * 60_000) / 2),
            lengthText(breakMinutes * 60_000),
          ])}
        </p>
      )}
      <p>{t('brk_endSummary', [summary.done, summary.total])}</p>
      {summary.skipped > 0 && <p class="brk-muted">{t('brk_endSkipped', summary.skipped)}</p>}
      {finished && (
        <dl class="brk-facts">
          {next && (
            <div class="brk-fact">
              <dt>{t('brk_endNextLabel')}</dt>
              <dd>{next}</dd>
            </div>
          )}
          {kept !== null && (
            <div class="brk-fact">
              <dt>{t('brk_endTodayLabel')}</dt>
              <dd>
                {t('brk_endToday', [kept, goal])}
                <GoalDots kept={kept} goal={goal} />
              </dd>
            </div>
          )}
          {streak && (
            <div class="brk-fact">
              <dt>{t('brk_endStreakLabel')}</dt>
              <dd>
                {streak.current > 0
                  ? plural(streak.current, 'brk_endStreak_one', 'brk_endStreak_other', [streak.current])
                  : t('brk_endStreakNone')}
              </dd>
            </div>
          )}
        </dl>
      )}
      <div class="brk-water">
        {/* Drawn, not an emoji: systems without an emoji font would show an empty box. */}
        <svg class="brk-water-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 2.5C9 7 5.5 10.8 5.5 14.5a6.5 6.5 0 0 0 13 0C18.5 10.8 15 7 12 2.5Z" />
        </svg>
        <p>
          <strong>{t('brk_waterTitle')}</strong> {t('brk_waterText')}
        </p>
      </div>
      <div class="brk-end-actions">
        <button type="button" class="primary" onClick={onClose}>
          {t('brk_backToWork')}
        </button>
        <p role="status" class={typeof log === 'object' && 'error' in log ? 'brk-error' : 'brk-muted'}>
          {log === 'saving'
            ? t('brk_logSaving')
            : 'error' in log
              ? t('brk_logFailed', log.error)
              : log.logged === 'taken'
                ? t('brk_logSavedTaken', lengthText(log.durationMs))
                : t('brk_logSavedShort')}
        </p>
      </div>
    </section>
  );
}
