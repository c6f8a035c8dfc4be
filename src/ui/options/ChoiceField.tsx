/**
 * A preference chosen from a few named options, as radio buttons: the reminder style, or where the
 * guided break opens. Each choice has a label and a hint in words, so two settings that both
 * mention a window cannot be mistaken for each other. Saved as soon as it is picked.
 */
import { useState } from 'preact/hooks';
import type { PrefKey, Prefs } from '../../core/settings.ts';
import { t } from '../i18n.ts';
import { errorFor, errorText, fieldLabel } from './fieldText.ts';
import { isLocked, usePrefsApi } from './prefsContext.ts';

export interface Choice<V> {
  value: V;
  label: string;
  hint: string;
}

interface ChoiceFieldProps<K extends PrefKey> {
  name: K;
  choices: readonly Choice<Prefs[K]>[];
}

export function ChoiceField<K extends PrefKey>({ name, choices }: ChoiceFieldProps<K>) {
  const api = usePrefsApi();
  const [error, setError] = useState('');
  const [revision, setRevision] = useState(0);
  const locked = isLocked(api, name);

  async function choose(value: Prefs[K]) {
    let message = '';
    try {
      const refused = errorFor(await api.save({ [name]: value } as Partial<Prefs>), name);
      if (refused) message = errorText(refused);
    } catch (e) {
      message = t('opt_saveFailed', (e as Error).message);
    }
    // Not saved: re-create the radios so the saved choice is the one selected on screen.
    if (message) setRevision((r) => r + 1);
    setError(message);
  }

  return (
    <fieldset class="opt-field opt-choice" data-field={name} disabled={locked}>
      <legend>{fieldLabel(name)}</legend>
      {choices.map((choice) => (
        <label key={`${String(choice.value)}-${revision}`} class="opt-check">
          <input
            type="radio"
            name={name}
            value={String(choice.value)}
            checked={api.prefs[name] === choice.value}
            onChange={() => void choose(choice.value)}
          />
          <span>
            {choice.label}
            <span class="opt-hint">{choice.hint}</span>
          </span>
        </label>
      ))}
      {locked && <p class="opt-locked">{t('opt_locked')}</p>}
      <p class="opt-error" hidden={!error}>
        {error}
      </p>
    </fieldset>
  );
}
