/**
 * The guided break page. It shows a break only when it is this page's own: the background opened it
 * for the running break (its address names the break, `?break=<id>`), or the person pressed Start on
 * it. Opened any other way (a bookmark, another tab, another extension), it changes nothing by
 * itself: with no break running it offers Start; with one running elsewhere it says so. It picks a
 * routine that fits the break length (rotated from the last one), plays it, and tells the background
 * how it ended: `finishBreak(completed)` at the end screen, `completed: false` when the page is closed
 * early (best effort; the background also ends a break page abandoned past B + 10 min). The
 * background decides what that was (taken or short) and the end screen says so.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { STRETCHES } from '../../core/content/stretches.ts';
import type { Stretch } from '../../core/content/types.ts';
import { pickRoutine } from '../../core/routine.ts';
import type { Status } from '../../core/status.ts';
import { request } from '../../messaging/client.ts';
import type { FinishedBreak } from '../../messaging/protocol.ts';
import { closeOwnTab } from '../../platform/pageEnvironment.ts';
import { t, uiLanguage } from '../i18n.ts';
import { HealthDisclaimer } from '../shared/HealthDisclaimer.tsx';
import { EndScreen, type LogState } from './EndScreen.tsx';
import { readLastRoutine, saveLastRoutine } from './lastRoutine.ts';
import { rememberNextRoutine, storedRoutine } from './nextRoutine.ts';
import { RoutinePlayer, type RoutineSummary } from './RoutinePlayer.tsx';

type Phase =
  | { kind: 'loading' }
  /** No break is running: Start is offered, nothing else happens. */
  | { kind: 'ready' }
  /** A break is running, shown by another page. */
  | { kind: 'elsewhere' }
  | { kind: 'playing'; routine: Stretch[]; minutes: number; goal: number }
  | { kind: 'ended'; summary: RoutineSummary; minutes: number; goal: number }
  | { kind: 'error'; message: string };

interface BreakPageProps {
  now?: () => number;
  stretches?: readonly Stretch[];
}

/** The break this page's address names, or null. */
function pageBreakId(): number | null {
  const raw = new URLSearchParams(window.location.search).get('break');
  const id = raw === null ? Number.NaN : Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** Names the break in the page's address, so a reload keeps showing it. */
function rememberBreak(id: number): void {
  const url = new URL(window.location.href);
  url.searchParams.set('break', String(id));
  window.history.replaceState(null, '', url);
}

/** "2 stretches, about 2 minutes. …", with the language's own plural rule (chrome.i18n has none). */
function introText(count: number, minutes: number): string {
  const one = new Intl.PluralRules(uiLanguage()).select(count) === 'one';
  return t(one ? 'brk_intro_one' : 'brk_intro_other', [count, minutes]);
}

export function BreakPage({ now = Date.now, stretches = STRETCHES }: BreakPageProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [log, setLog] = useState<LogState>('saving');
  const [announcement, setAnnouncement] = useState('');
  // Refs, not state: the pagehide listener must see the truth at the moment the page goes away.
  const running = useRef<number | null>(null);

  useEffect(() => {
    load().catch((e: Error) => setPhase({ kind: 'error', message: e.message }));
    const onHide = () => {
      const breakId = running.current;
      if (breakId === null) return;
      running.current = null;
      request('finishBreak', { completed: false, breakId }).catch(() => undefined);
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, []);

  async function load() {
    const status = await request('getStatus', {});
    if (status.breakId === null) setPhase({ kind: 'ready' });
    else if (status.breakId === pageBreakId()) await play(status);
    else setPhase({ kind: 'elsewhere' });
  }

  async function play(status: Status) {
    if (status.breakId === null) return setPhase({ kind: 'ready' });
    rememberBreak(status.breakId);
    running.current = status.breakId;
    const view = await request('getPrefs', {});
    const minutes = view.prefs.breakLengthMin;
    // The routine the reminder announced, if one was chosen; otherwise pick one now.
    const announced = await storedRoutine(stretches, minutes * 60);
    const routine = announced.length > 0 ? announced : pickRoutine(stretches, minutes * 60, readLastRoutine(), now());
    if (routine.length === 0) throw new Error('no stretches');
    const ids = routine.map((s) => s.id);
    saveLastRoutine(ids);
    // Choose the next break's routine now, rotated from this one, so its reminder can name it.
    void rememberNextRoutine(pickRoutine(stretches, minutes * 60, ids, now() + 1));
    setPhase({ kind: 'playing', routine, minutes, goal: view.prefs.dailyBreakGoal });
  }

  /**
   * Start pressed here. This page shows the break itself, so the background opens no page for it:
   * re-addressing this tab would reload it mid-routine, and the reload's pagehide would end the break.
   */
  function start() {
    setPhase({ kind: 'loading' });
    request('startBreak', { onPage: true })
      .then(play)
      .catch((e: Error) => setPhase({ kind: 'error', message: e.message }));
  }

  /** A break runs on another page: the background brings that page forward (this one stays as it is). */
  function showRunning() {
    request('startBreak', {}).catch((e: Error) => setPhase({ kind: 'error', message: e.message }));
  }

  function end(summary: RoutineSummary, minutes: number, goal: number) {
    const breakId = running.current;
    running.current = null;
    setPhase({ kind: 'ended', summary, minutes, goal });
    if (breakId === null) return;
    // Played to its end (each stretch done or skipped); "Done" before the last one is not finished.
    const completed = summary.done + summary.skipped === summary.total;
    request('finishBreak', { completed, breakId }).then(
      (finished: FinishedBreak) => setLog(finished),
      (e: Error) => setLog({ error: e.message }),
    );
  }

  return (
    <section class="brk" aria-labelledby="brk-title">
      <h1 id="brk-title">{t('brk_title')}</h1>
      {phase.kind === 'loading' && <p class="brk-muted">{t('brk_loading')}</p>}
      {phase.kind === 'ready' && (
        <>
          <p>{t('brk_notRunning')}</p>
          <button type="button" class="primary" onClick={start}>
            {t('brk_start')}
          </button>
        </>
      )}
      {phase.kind === 'elsewhere' && (
        <>
          <p>{t('brk_elsewhere')}</p>
          <button type="button" onClick={showRunning}>
            {t('brk_showRunning')}
          </button>
        </>
      )}
      {phase.kind === 'playing' && (
        <>
          <p class="brk-muted">{introText(phase.routine.length, phase.minutes)}</p>
          <RoutinePlayer
            routine={phase.routine}
            onEnd={(summary) => end(summary, phase.minutes, phase.goal)}
            announce={setAnnouncement}
            now={now}
          />
        </>
      )}
      {phase.kind === 'ended' && (
        <EndScreen
          summary={phase.summary}
          log={log}
          breakMinutes={phase.minutes}
          goal={phase.goal}
          loadStreak={(at) => import('./goalStreak.ts').then((m) => m.loadGoalStreak(at, phase.goal))}
          onClose={() => void closeOwnTab()}
          now={now}
        />
      )}
      {phase.kind === 'error' && (
        <p role="alert" class="brk-error">
          {t('brk_loadFailed', phase.message)}
        </p>
      )}
      <HealthDisclaimer />
      {/* Present from the first render: live regions inserted together with their text are not read. */}
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
