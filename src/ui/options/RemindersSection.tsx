/**
 * How Limber reminds: how a due break is announced (and whether an unanswered reminder comes back),
 * a test reminder, where the guided break opens, sound, heads-up, badge, and the extra nudges. The
 * two settings that involve a window are separate radio groups with their own words ("the reminder
 * window" announces a break; the guided break opens "in its own window").
 */
import { useEffect, useState } from 'preact/hooks';
import type { NotificationPermission } from '../../core/reminderChannel.ts';
import { pageNotificationPermission } from '../../platform/pageEnvironment.ts';
import { t } from '../i18n.ts';
import { TestReminder } from '../shared/TestReminder.tsx';
import { ChoiceField } from './ChoiceField.tsx';
import { NumberField } from './NumberField.tsx';
import { usePrefsApi } from './prefsContext.ts';
import { ToggleField } from './ToggleField.tsx';

/** Says why reminders come as the window when the browser has blocked Limber's notifications. */
function BlockedNotice() {
  const [permission, setPermission] = useState<NotificationPermission>('unknown');
  useEffect(() => {
    void pageNotificationPermission().then(setPermission);
  }, []);
  if (permission !== 'denied') return null;
  return (
    <p class="opt-warning" data-testid="notifications-blocked">
      {t('opt_notificationsBlocked')}
    </p>
  );
}

export function RemindersSection() {
  const api = usePrefsApi();
  return (
    <section class="opt-section" id="reminders" aria-labelledby="opt-reminders-title">
      <h2 id="opt-reminders-title">{t('opt_reminders_title')}</h2>
      <BlockedNotice />
      <ChoiceField
        name="reminderStyle"
        choices={[
          { value: 'notification', label: t('opt_style_notification'), hint: t('opt_style_notification_hint') },
          { value: 'window', label: t('opt_style_window'), hint: t('opt_style_window_hint') },
        ]}
      />
      <ToggleField name="escalateReminder" hint={t('opt_hint_escalateReminder')} />
      <div class="opt-field">
        <TestReminder
          usesWindow={api.prefs.reminderStyle === 'window'}
          onUseWindow={async () => {
            await api.save({ reminderStyle: 'window' });
          }}
        />
      </div>
      <ChoiceField
        name="breakInWindow"
        choices={[
          { value: false, label: t('opt_breakWhere_tab'), hint: t('opt_breakWhere_tab_hint') },
          { value: true, label: t('opt_breakWhere_window'), hint: t('opt_breakWhere_window_hint') },
        ]}
      />
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
