/** How Limber reminds: reminder style, where the break opens, sound, heads-up, badge, and the extra nudges. */
import { t } from '../i18n.ts';
import { NumberField } from './NumberField.tsx';
import { ReminderStyle } from './ReminderStyle.tsx';
import { ToggleField } from './ToggleField.tsx';

export function RemindersSection() {
  return (
    <section class="opt-section" aria-labelledby="opt-reminders-title">
      <h2 id="opt-reminders-title">{t('opt_reminders_title')}</h2>
      <ReminderStyle />
      <ToggleField name="breakInWindow" hint={t('opt_hint_breakInWindow')} />
      <ToggleField name="chime" hint={t('opt_hint_chime')} />
      <ToggleField name="headsUp" hint={t('opt_hint_headsUp')} />
      <ToggleField name="badgeCountdown" hint={t('opt_hint_badgeCountdown')} />
      <h3>{t('opt_nudges_title')}</h3>
      <p class="opt-hint">{t('opt_nudges_intro')}</p>
      <ToggleField name="hydrationNudge" />
      <NumberField name="hydrationIntervalMin" />
      <ToggleField name="postureNudge" />
      <NumberField name="postureIntervalMin" />
    </section>
  );
}
