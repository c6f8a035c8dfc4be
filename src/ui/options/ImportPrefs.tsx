/**
 * Import preferences from a file: every check in core/prefsFile.ts, every problem listed, and nothing
 * changed unless the whole file is valid (the background validates the whole set again and saves it
 * in one write). Fields locked by a managed policy keep their policy value.
 */
import { useState } from 'preact/hooks';
import { type ImportProblem, MAX_IMPORT_BYTES, parsePrefsImport } from '../../core/prefsFile.ts';
import { DEFAULTS, type PrefKey, type Prefs } from '../../core/settings.ts';
import { t } from '../i18n.ts';
import { errorText, fieldLabel } from './fieldText.ts';
import { usePrefsApi } from './prefsContext.ts';

type Outcome = { kind: 'none' } | { kind: 'refused'; lines: string[] } | { kind: 'done'; keptLocked: number };

function problemText(p: ImportProblem): string {
  if (p.kind === 'file') return t(`opt_import_${p.code}`, p.subs);
  const label = Object.hasOwn(DEFAULTS, p.field) ? fieldLabel(p.field as PrefKey) : p.field;
  return t('opt_import_fieldProblem', [label, errorText({ ...p, message: p.message })]);
}

export function ImportPrefs() {
  const api = usePrefsApi();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  async function importFile(file: File): Promise<Outcome> {
    // Refuse a huge file before reading it into memory.
    if (file.size > MAX_IMPORT_BYTES)
      return { kind: 'refused', lines: [t('opt_import_tooLarge', MAX_IMPORT_BYTES / 1000)] };
    const parsed = parsePrefsImport(await file.text());
    if (!parsed.ok) return { kind: 'refused', lines: parsed.problems.map(problemText) };
    const patch: Partial<Prefs> = { ...parsed.prefs };
    const kept = api.locked.filter((key) => Object.hasOwn(patch, key));
    for (const key of kept) delete patch[key as PrefKey];
    const errors = await api.save(patch);
    if (errors.length > 0)
      return { kind: 'refused', lines: errors.map((e) => `${fieldLabel(e.field as PrefKey)}: ${errorText(e)}`) };
    api.announce(t('opt_import_done'));
    return { kind: 'done', keptLocked: kept.length };
  }

  async function onPick(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Clear the input so picking the same file again (after fixing it) fires change again.
    input.value = '';
    if (!file) return;
    try {
      setOutcome(await importFile(file));
    } catch (e) {
      setOutcome({ kind: 'refused', lines: [t('opt_import_failed', (e as Error).message)] });
    }
  }

  return (
    <div class="opt-field opt-import">
      <label for="opt-import-file">{t('opt_import_label')}</label>
      <input
        id="opt-import-file"
        type="file"
        accept=".json,application/json"
        onChange={(e) => void onPick(e.currentTarget)}
      />
      <p class="opt-hint">{t('opt_import_hint')}</p>
      <div class="opt-import-result" aria-live="polite">
        {outcome.kind === 'refused' && (
          <div class="opt-error-box" data-testid="import-errors">
            <p>
              <strong>{t('opt_import_refused')}</strong>
            </p>
            <ul>
              {outcome.lines.map((line, i) => (
                <li key={`${i}:${line}`}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        {outcome.kind === 'done' && (
          <p class="opt-ok">
            {t('opt_import_done')}
            {outcome.keptLocked > 0 && ` ${t('opt_import_keptLocked', outcome.keptLocked)}`}
          </p>
        )}
      </div>
    </div>
  );
}
