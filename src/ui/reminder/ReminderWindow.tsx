/**
 * The reminder window: where notification buttons are missing (Firefox), where the person chose it,
 * where notifications are blocked, and when an unanswered reminder comes back (?again). It shows
 * the break it announces: the first stretch with its picture, the routine's size, and one line of
 * why. Start, and Snooze and Skip only while the background says a break is due; snooze is
 * replaced by its reason once the limit is reached. Opened when nothing is due (by hand, or by
 * something else), it says so and offers only Start; opening it changes nothing. `?preview` is the
 * test reminder: the same window, with buttons that change nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { STRETCHES } from '../../core/content/stretches.ts';
import type { Stretch } from '../../core/content/types.ts';
import { routineSeconds } from '../../core/routine.ts';
import type { Status } from '../../core/status.ts';
import { request } from '../../messaging/client.ts';
import { readLastRoutine } from '../break/lastRoutine.ts';
import { comingRoutine, storedRoutine } from '../break/nextRoutine.ts';
import { t, uiLanguage } from '../i18n.ts';
import { StretchIllustration } from '../illustrations/index.ts';
import { closeWhenSettled, tracked } from './selfClose.ts';

const SNOOZE_MIN = 5;

export type ReminderMode = 'due' | 'again' | 'preview';

export function reminderMode(search: string): ReminderMode {
  const params = new URLSearchParams(search);
  if (params.has('preview')) return 'preview';
  return params.has('again') ? 'again' : 'due';
}

/** "2 stretches, about 2 min" with the language's own plural rule (chrome.i18n has none). */
function routineText(count: number, minutes: number): string {
  const one = new Intl.PluralRules(uiLanguage()).select(count) === 'one';
  return t(one ? 'rem_routine_one' : 'rem_routine_other', [count, minutes]);
}

const routineMinutes = (routine: readonly Stretch[]) => Math.max(1, Math.round(routineSeconds(routine) / 60));

/**
 * The coming break's routine. The one already announced needs no preferences (it was chosen for
 * this break length); only when none is stored yet is the break length asked for, to pick one.
 */
async function loadRoutine(at: number): Promise<Stretch[]> {
  const announced = await storedRoutine(STRETCHES, Number.POSITIVE_INFINITY);
  if (announced.length > 0) return announced;
  const { prefs } = await request('getPrefs', {});
  return comingRoutine(STRETCHES, prefs.breakLengthMin * 60, readLastRoutine(), at);
}

interface ReminderWindowProps {
  mode?: ReminderMode;
  now?: () => number;
}

export function ReminderWindow({ mode = reminderMode(location.search), now = Date.now }: ReminderWindowProps) {
  const [status, setStatus] = useState<Status | null>(null);
  const [routine, setRoutine] = useState<Stretch[] | null>(null);
  const [error, setError] = useState('');
  const preview = mode === 'preview';

  useEffect(() => {
    tracked(() => request('getStatus', {})).then(setStatus, (e: Error) => setError(e.message));
    tracked(() => loadRoutine(now())).then(setRoutine, () => setRoutine([]));
  }, []);

  const act = (work: () => Promise<unknown>) => () =>
    tracked(work).then(closeWhenSettled, (e: Error) => setError(e.message));
  const first = routine?.[0];
  const sitting = status ? Math.floor(status.accruedMs / 60_000) : null;
  return (
    <main class="reminder" aria-labelledby="reminder-title">
      {preview && <p class="rem-preview">{t('rem_preview')}</p>}
      <h1 id="reminder-title">{t('reminderTitle')}</h1>
      {mode === 'again' && <p class="rem-again">{t('rem_again')}</p>}
      <p class="rem-why">
        {status && !status.canSkip && !preview
          ? t('reminderWindowNothingDue')
          : sitting !== null && sitting > 0
            ? t('rem_why', sitting)
            : t('rem_whyPlain')}
      </p>
      <section class="rem-first" aria-labelledby="rem-first-title" aria-busy={routine === null}>
        {first ? (
          <>
            <StretchIllustration id={first.illustration} />
            <h2 id="rem-first-title">{t('rem_first', t(first.titleKey))}</h2>
            {routine && <p class="rem-size">{routineText(routine.length, routineMinutes(routine))}</p>}
          </>
        ) : (
          <h2 id="rem-first-title" class="visually-hidden">
            {t('rem_firstUnknown')}
          </h2>
        )}
      </section>
      <div class="rem-actions">
        <button type="button" class="primary" disabled={preview} onClick={act(() => request('startBreak', {}))}>
          {t('actionStartBreak')}
        </button>
        {(preview || status?.canSnooze) && (
          <button type="button" disabled={preview} onClick={act(() => request('snooze', { minutes: SNOOZE_MIN }))}>
            {t('actionSnoozeMinutes', SNOOZE_MIN)}
          </button>
        )}
        {status?.canSkip && status.snoozesLeft === 0 && !preview && <p class="note">{t('snoozeLimitReached')}</p>}
        {(preview || status?.canSkip) && (
          <button type="button" disabled={preview} onClick={act(() => request('skip', {}))}>
            {t('actionSkip')}
          </button>
        )}
        {preview && (
          <button type="button" class="rem-close" onClick={closeWhenSettled}>
            {t('rem_close')}
          </button>
        )}
      </div>
      <p role="alert" class="error">
        {error}
      </p>
    </main>
  );
}
