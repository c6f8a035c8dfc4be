/**
 * Plays a routine one stretch at a time. Each countdown ends with a polite announcement and moves on
 * by itself (hands are busy stretching); Next (Finish on the last stretch), Skip, End break and Pause
 * work by button or key. The buttons live outside the keyed stretch so keyboard focus stays on them
 * from one stretch to the next.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Stretch } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { Progress } from './Progress.tsx';
import { Shortcuts } from './Shortcuts.tsx';
import { StretchStep } from './StretchStep.tsx';
import { useShortcuts } from './useShortcuts.ts';
import { useStepClock } from './useStepClock.ts';

export interface RoutineSummary {
  done: number;
  skipped: number;
  total: number;
}

interface RoutinePlayerProps {
  routine: readonly Stretch[];
  onEnd(summary: RoutineSummary): void;
  /** Says something through the page's polite live region (which outlives this component). */
  announce(text: string): void;
  now?: () => number;
}

export function RoutinePlayer({ routine, onEnd, announce, now }: RoutinePlayerProps) {
  const [at, setAt] = useState({ index: 0, done: 0, skipped: 0, byUser: false });
  const clock = useStepClock((routine[0] as Stretch).durationSec, now);
  const ended = useRef(false);
  const stretch = routine[at.index] as Stretch;

  function move(outcome: 'done' | 'skipped', byUser: boolean, finishNow = false) {
    if (ended.current) return;
    const next = {
      index: at.index + 1,
      done: at.done + (outcome === 'done' ? 1 : 0),
      skipped: at.skipped + (outcome === 'skipped' ? 1 : 0),
      byUser,
    };
    if (finishNow || next.index >= routine.length) {
      ended.current = true;
      onEnd({ done: next.done, skipped: next.skipped, total: routine.length });
      return;
    }
    // The next stretch's countdown starts in the same render that shows it (no flash of 0:00).
    clock.restart((routine[next.index] as Stretch).durationSec);
    setAt(next);
  }

  useEffect(() => {
    if (clock.countdown.status !== 'done') return;
    const upcoming = routine[at.index + 1];
    announce(
      upcoming
        ? t('brk_timeUpNext', [t(stretch.titleKey), t(upcoming.titleKey)])
        : t('brk_timeUpLast', t(stretch.titleKey)),
    );
    move('done', false);
  }, [clock.countdown.status]);

  const paused = clock.countdown.status === 'paused';
  const last = at.index === routine.length - 1;
  const fraction = stretch.durationSec > 0 ? 1 - clock.remainingMs / (stretch.durationSec * 1000) : 1;
  const actions = {
    n: () => move('done', true),
    s: () => move('skipped', true),
    d: () => move('done', true, true),
    enter: () => move('done', true, true),
    space: clock.toggle,
  };
  useShortcuts(actions);

  return (
    <div class="brk-player">
      <Progress index={at.index} total={routine.length} fraction={fraction} />
      <StretchStep
        key={at.index}
        stretch={stretch}
        remainingMs={clock.remainingMs}
        paused={paused}
        focusHeading={at.byUser}
      />
      {/* Next is the way forward, so it is the primary action; on the last stretch it finishes. */}
      <div class="brk-actions">
        <button key="pause" type="button" onClick={clock.toggle} aria-keyshortcuts="Space">
          {paused ? t('brk_resume') : t('brk_pause')}
        </button>
        <button key="skip" type="button" onClick={actions.s} aria-keyshortcuts="S">
          {t('brk_skip')}
        </button>
        {!last && (
          <button key="end" type="button" onClick={actions.d} aria-keyshortcuts="D Enter">
            {t('brk_endNow')}
          </button>
        )}
        {/* One element from first to last stretch (keyed), so keyboard focus stays on it. */}
        <button
          key="forward"
          type="button"
          class="primary"
          onClick={last ? actions.d : actions.n}
          aria-keyshortcuts={last ? 'N D Enter' : 'N'}
        >
          {last ? t('brk_finish') : t('brk_next')}
        </button>
      </div>
      <Shortcuts />
    </div>
  );
}
