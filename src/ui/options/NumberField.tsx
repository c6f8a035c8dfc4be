/**
 * A whole-number preference. A text input (inputmode numeric) rather than type="number", so what
 * was typed ("abc", "1e9", "") stays visible next to the reason it is refused. The message appears
 * while typing; a valid value is saved on change (Enter or leaving the field); an invalid one is
 * never sent and the saved value stays.
 */
import { useId, useRef, useState } from 'preact/hooks';
import { applyPatch, checkField, type FieldError, type PrefKey, type Prefs, RULES } from '../../core/settings.ts';
import { t } from '../i18n.ts';
import { errorFor, errorText, fieldLabel, parseNumber } from './fieldText.ts';
import { isLocked, usePrefsApi } from './prefsContext.ts';

/** The preferences that are numbers; each has an `int` rule with a range and a unit. */
export type IntKey = { [K in PrefKey]: Prefs[K] extends number ? K : never }[PrefKey];

export function NumberField({ name, hint }: { name: IntKey; hint?: string }) {
  const api = usePrefsApi();
  const stored = api.prefs[name];
  const [draft, setDraft] = useState(String(stored));
  const [error, setError] = useState('');
  // Enter then blur fires commit twice for one value; send it once.
  const sending = useRef<number | null>(null);
  const id = useId();
  const rule = RULES[name];
  const locked = isLocked(api, name);

  // The value this field last sent, until it is shown as the stored value (or refused).
  const sent = useRef<number | null>(null);

  // Reset, import or a save changed the stored value: show it and drop any stale message. Done while
  // rendering (not in an effect) so a late effect can never overwrite what the user is typing. The
  // answer to this field's own save can arrive after the person has typed on (a waking worker takes
  // a moment): what they typed since stays, with its message.
  const [shown, setShown] = useState(stored);
  if (shown !== stored) {
    const typedSince = sent.current !== null && parseNumber(draft) !== stored;
    if (sent.current === stored) sent.current = null;
    setShown(stored);
    if (!typedSince) {
      setDraft(String(stored));
      setError('');
    }
  }

  function problem(text: string): { value: number; error: FieldError | null } {
    const value = parseNumber(text);
    const own = checkField(name, value);
    if (own) return { value, error: own };
    const whole = applyPatch(api.prefs, { [name]: value });
    return { value, error: whole.ok ? null : (errorFor(whole.errors, name) ?? null) };
  }

  function onInput(text: string) {
    setDraft(text);
    const { error: found } = problem(text);
    setError(found ? errorText(found) : '');
  }

  const typedNow = () => (document.getElementById(id) as HTMLInputElement | null)?.value.trim() ?? '';

  // Reads the input itself: a change can arrive before the render that follows its input event.
  async function commit(text: string) {
    const { value, error: found } = problem(text);
    if (found) return setError(errorText(found));
    if (value === stored || value === sending.current) return;
    sending.current = value;
    sent.current = value;
    try {
      const errors = await api.save({ [name]: value });
      const refused = errorFor(errors, name);
      if (refused && sent.current === value) sent.current = null;
      // Only this save's own message: what was typed since keeps the one its input gave it.
      if (parseNumber(typedNow()) === value) setError(refused ? errorText(refused) : '');
    } catch (e) {
      if (sent.current === value) sent.current = null;
      setError(t('opt_saveFailed', (e as Error).message));
    } finally {
      sending.current = null;
    }
  }

  /** Puts the stored value back in the field, dropping the refused one. */
  function restore() {
    setDraft(String(stored));
    setError('');
    document.getElementById(id)?.focus();
  }

  const min = 'min' in rule ? rule.min : 0;
  const max = 'max' in rule ? rule.max : 0;
  const unit = t(`opt_unit_${'unit' in rule ? rule.unit : ''}`);
  // A refused value stays visible (so the person sees what they typed), so say what is in effect.
  const kept = error !== '' && draft.trim() !== String(stored);
  const describedBy = [
    `${id}-unit`,
    `${id}-hint`,
    error && `${id}-err`,
    kept && `${id}-kept`,
    locked && `${id}-lock`,
  ].filter(Boolean);
  return (
    <div class="opt-field" data-field={name}>
      <label for={id}>{fieldLabel(name)}</label>
      <div class="opt-input-row">
        <input
          id={id}
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          size={5}
          value={draft}
          disabled={locked}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy.join(' ')}
          onInput={(e) => onInput(e.currentTarget.value)}
          onChange={(e) => void commit(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && void commit(e.currentTarget.value)}
        />
        <span id={`${id}-unit`} class="opt-unit">
          {unit}
        </span>
      </div>
      <p id={`${id}-hint`} class="opt-hint">
        {hint ? `${hint} ` : ''}
        {t('opt_range', [min, max])}
      </p>
      {locked && (
        <p id={`${id}-lock`} class="opt-locked">
          {t('opt_locked')}
        </p>
      )}
      <p id={`${id}-err`} class="opt-error" hidden={!error}>
        {error}
      </p>
      <p id={`${id}-kept`} class="opt-kept" hidden={!kept}>
        <span>{t('opt_kept', `${stored} ${unit}`)}</span>
        <button type="button" onClick={restore}>
          {t('opt_keptRestore', String(stored))}
        </button>
      </p>
    </div>
  );
}
