/** The break timing (docs/RULES.md, Names): W, B, N, D and K, plus the daily goal. */
import { t } from '../i18n.ts';
import { NumberField } from './NumberField.tsx';

export function ScheduleSection() {
  return (
    <section class="opt-section" id="breaks" aria-labelledby="opt-schedule-title">
      <h2 id="opt-schedule-title">{t('opt_schedule_title')}</h2>
      <NumberField name="workIntervalMin" hint={t('opt_hint_workIntervalMin')} />
      <NumberField name="breakLengthMin" hint={t('opt_hint_breakLengthMin')} />
      <NumberField name="naturalBreakMin" hint={t('opt_hint_naturalBreakMin')} />
      <NumberField name="idleThresholdSec" hint={t('opt_hint_idleThresholdSec')} />
      <NumberField name="snoozeLimit" hint={t('opt_hint_snoozeLimit')} />
      <NumberField name="dailyBreakGoal" hint={t('opt_hint_dailyBreakGoal')} />
    </section>
  );
}
