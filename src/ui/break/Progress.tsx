/** Where the user is in the routine: "Stretch 2 of 4" and a bar (a native <progress>, read by screen readers). */
import { t } from '../i18n.ts';

export function Progress({ index, total }: { index: number; total: number }) {
  const label = t('brk_progress', [index + 1, total]);
  return (
    <div class="brk-progress">
      <p class="brk-progress-text">{label}</p>
      <progress max={total} value={index} aria-label={label} />
    </div>
  );
}
