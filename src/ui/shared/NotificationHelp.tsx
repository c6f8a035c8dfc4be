/**
 * What to check when reminders do not appear: the system's focus / do-not-disturb modes and its
 * per-app notification switches, for each operating system. The person's own system is opened first
 * (runtime.getPlatformInfo); the others stay one click away, since the page may guess wrong.
 */
import type { OsName } from '../../platform/pageEnvironment.ts';
import { t } from '../i18n.ts';

const SYSTEMS: readonly Exclude<OsName, 'other'>[] = ['win', 'mac', 'linux', 'cros'];

export function NotificationHelp({ os, open }: { os: OsName; open: boolean }) {
  const first = SYSTEMS.filter((s) => s === os);
  const order = [...first, ...SYSTEMS.filter((s) => s !== os)];
  return (
    <details class="chk-help" open={open}>
      <summary>{t('chk_help_title')}</summary>
      <p>{t('chk_help_intro')}</p>
      {order.map((system) => (
        <details key={system} class="chk-os" open={system === os}>
          <summary>{t(`chk_os_${system}`)}</summary>
          <p>{t(`chk_os_${system}_steps`)}</p>
        </details>
      ))}
      <p>{t('chk_help_window')}</p>
    </details>
  );
}
