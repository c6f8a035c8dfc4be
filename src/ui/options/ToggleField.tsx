/** An on/off preference, saved as soon as it is flipped. */
import { useId, useState } from 'preact/hooks';
import type { PrefKey, Prefs } from '../../core/settings.ts';
import { t } from '../i18n.ts';
import { errorFor, errorText, fieldLabel } from './fieldText.ts';
import { isLocked, usePrefsApi } from './prefsContext.ts';

export type BoolKey = { [K in PrefKey]: Prefs[K] extends boolean ? K : never }[PrefKey];

interface ToggleFieldProps {
  name: BoolKey;
  hint?: string;
  /** Not available yet (with the reason shown as the hint). */
  unavailable?: boolean;
  /**
   * Runs before switching on, e.g. to ask for an optional permission. It is called first thing in the
   * change handler so the browser still sees the user's click; false keeps the switch off.
   */
  beforeEnable?: () => Promise<{ ok: true } | { ok: false; message: string }>;
}

export function ToggleField({ name, hint, unavailable = false, beforeEnable }: ToggleFieldProps) {
  const api = usePrefsApi();
  const [error, setError] = useState('');
  const id = useId();
  const locked = isLocked(api, name);

  async function flip(input: HTMLInputElement) {
    const stored = api.prefs[name];
    let message = '';
    const allowed = input.checked && beforeEnable ? await beforeEnable() : { ok: true as const };
    if (!allowed.ok) {
      input.checked = stored;
      setError(allowed.message);
      return;
    }
    try {
      const refused = errorFor(await api.save({ [name]: input.checked }), name);
      if (refused) message = errorText(refused);
    } catch (e) {
      message = t('opt_saveFailed', (e as Error).message);
    }
    // Not saved: put the box back, so it never shows a value that is not in effect.
    if (message) input.checked = stored;
    setError(message);
  }

  const describedBy = [hint && `${id}-hint`, locked && `${id}-lock`, error && `${id}-err`].filter(Boolean);
  return (
    <div class="opt-field opt-toggle" data-field={name}>
      <div class="opt-check">
        <input
          id={id}
          name={name}
          type="checkbox"
          checked={api.prefs[name]}
          disabled={locked || unavailable}
          aria-describedby={describedBy.join(' ') || undefined}
          onChange={(e) => void flip(e.currentTarget)}
        />
        <label for={id}>{fieldLabel(name)}</label>
      </div>
      {hint && (
        <p id={`${id}-hint`} class="opt-hint">
          {hint}
        </p>
      )}
      {locked && (
        <p id={`${id}-lock`} class="opt-locked">
          {t('opt_locked')}
        </p>
      )}
      <p id={`${id}-err`} class="opt-error" hidden={!error}>
        {error}
      </p>
    </div>
  );
}
