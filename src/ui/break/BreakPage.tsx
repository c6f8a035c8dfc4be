/**
 * The guided break page. Picks a routine that fits the break length (rotated from the last one),
 * plays it, and tells the background how the break ended: `finishBreak(completed: true)` on Done or
 * at the end screen, `completed: false` when the page is closed early (best effort; the background
 * also counts a break page abandoned past B + 10 min).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { STRETCHES } from '../../core/content/stretches.ts';
import type { Stretch } from '../../core/content/types.ts';
import { pickRoutine } from '../../core/routine.ts';
import { request } from '../../messaging/client.ts';
import { t } from '../i18n.ts';
import { HealthDisclaimer } from '../shared/HealthDisclaimer.tsx';
import { EndScreen, type LogState } from './EndScreen.tsx';
import { readLastRoutine, saveLastRoutine } from './lastRoutine.ts';
import { rememberNextRoutine, storedRoutine } from './nextRoutine.ts';
import { RoutinePlayer, type RoutineSummary } from './RoutinePlayer.tsx';

type Phase =
  | { kind: 'loading' }
  | { kind: 'playing'; routine: Stretch[]; minutes: number }
  | { kind: 'ended'; summary: RoutineSummary }
  | { kind: 'error'; message: string };

interface BreakPageProps {
  now?: () => number;
  stretches?: readonly Stretch[];
}

export function BreakPage({ now = Date.now, stretches = STRETCHES }: BreakPageProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [log, setLog] = useState<LogState>('saving');
  const [announcement, setAnnouncement] = useState('');
  // Refs, not state: the pagehide listener must see the truth at the moment the page goes away.
  const running = useRef(false);

  useEffect(() => {
    load().catch((e: Error) => setPhase({ kind: 'error', message: e.message }));
    const onHide = () => {
      if (!running.current) return;
      running.current = false;
      request('finishBreak', { completed: false }).catch(() => undefined);
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, []);

  async function load() {
    const [status, view] = await Promise.all([request('getStatus', {}), request('getPrefs', {})]);
    // Opened directly (not from a reminder or the popup): start the break so it can be logged.
    if (status.breakStartedAt === null) await request('startBreak', {});
    running.current = true;
    const minutes = view.prefs.breakLengthMin;
    // The routine the reminder announced, if one was chosen; otherwise pick one now.
    const announced = await storedRoutine(stretches, minutes * 60);
    const routine = announced.length > 0 ? announced : pickRoutine(stretches, minutes * 60, readLastRoutine(), now());
    if (routine.length === 0) throw new Error('no stretches');
    const ids = routine.map((s) => s.id);
    saveLastRoutine(ids);
    // Choose the next break's routine now, rotated from this one, so its reminder can name it.
    void rememberNextRoutine(pickRoutine(stretches, minutes * 60, ids, now() + 1));
    setPhase({ kind: 'playing', routine, minutes });
  }

  function end(summary: RoutineSummary) {
    running.current = false;
    setPhase({ kind: 'ended', summary });
    request('finishBreak', { completed: true }).then(
      () => setLog('saved'),
      (e: Error) => setLog({ error: e.message }),
    );
  }

  return (
    <section class="brk" aria-labelledby="brk-title">
      <h1 id="brk-title">{t('brk_title')}</h1>
      {phase.kind === 'loading' && <p class="brk-muted">{t('brk_loading')}</p>}
      {phase.kind === 'playing' && (
        <>
          <p class="brk-muted">{t('brk_intro', [phase.routine.length, phase.minutes])}</p>
          <RoutinePlayer routine={phase.routine} onEnd={end} announce={setAnnouncement} now={now} />
        </>
      )}
      {phase.kind === 'ended' && <EndScreen summary={phase.summary} log={log} onClose={() => window.close()} />}
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
