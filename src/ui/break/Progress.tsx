/**
 * The one progress indicator of the break: a segment per stretch, the ones done full, the current
 * one filling as its time runs, with "Stretch 2 of 4" above. One element says both where you are in
 * the routine and how much of this stretch is left (the clock says it in numbers).
 */
import { t } from '../i18n.ts';

interface ProgressProps {
  index: number;
  total: number;
  /** How much of the current stretch has passed, 0 to 1. */
  fraction: number;
}

export function Progress({ index, total, fraction }: ProgressProps) {
  const label = t('brk_progress', [index + 1, total]);
  const part = Math.min(1, Math.max(0, fraction));
  return (
    <div class="brk-progress">
      <p class="brk-progress-text" id="brk-progress-label">
        {label}
      </p>
      <div
        class="brk-segments"
        role="progressbar"
        aria-labelledby="brk-progress-label"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={index}
        aria-valuetext={label}
      >
        {Array.from({ length: total }, (_, i) => (
          <span key={i} class="brk-segment">
            <span class="brk-segment-fill" style={{ transform: `scaleX(${i < index ? 1 : i === index ? part : 0})` }} />
          </span>
        ))}
      </div>
    </div>
  );
}
