/**
 * Hold rules (rule 9, docs/RULES.md): wait while a window is fullscreen (on by default), a tab plays sound
 * (opt-in) or a meeting site is open (opt-in). The meeting rule needs the optional `tabs` permission
 * (to see tab addresses), asked for at the moment the user switches it on, never before.
 */
import { requestTabsPermission } from '../../platform/permissions.ts';
import { t } from '../i18n.ts';
import { NumberField } from './NumberField.tsx';
import { ToggleField } from './ToggleField.tsx';

async function askForTabs(): Promise<{ ok: true } | { ok: false; message: string }> {
  const granted = await requestTabsPermission().catch(() => false);
  return granted ? { ok: true } : { ok: false, message: t('opt_hold_meetingDenied') };
}

export function HoldRules() {
  return (
    <section class="opt-section" id="hold" aria-labelledby="opt-hold-title">
      <h2 id="opt-hold-title">{t('opt_hold_title')}</h2>
      <p class="opt-hint">{t('opt_hold_intro')}</p>
      <ToggleField name="holdWhenFullscreen" hint={t('opt_hold_fullscreenHint')} />
      <ToggleField name="holdWhenAudible" hint={t('opt_hold_audibleHint')} />
      <ToggleField name="holdWhenMeeting" hint={t('opt_hold_meetingHint')} beforeEnable={askForTabs} />
      <NumberField name="maxHoldMin" hint={t('opt_hold_maxHint')} />
    </section>
  );
}
