/** The keyboard shortcuts, shown on screen so nobody has to guess them. */
import { t } from '../i18n.ts';

// Letter keys are the same in every language; the names of Enter and Space are translated.
const KEYS: readonly { keys: readonly string[]; label: string }[] = [
  { keys: ['N'], label: 'brk_key_next' },
  { keys: ['S'], label: 'brk_key_skip' },
  { keys: ['D', 'brk_key_enterName'], label: 'brk_key_done' },
  { keys: ['brk_key_spaceName'], label: 'brk_key_pause' },
];

export function Shortcuts() {
  return (
    <section class="brk-keys" aria-labelledby="brk-keys-title">
      <h2 id="brk-keys-title">{t('brk_keysTitle')}</h2>
      <dl>
        {KEYS.map(({ keys, label }) => (
          <div key={label}>
            <dt>
              {keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && ` ${t('brk_key_or')} `}
                  <kbd>{key.startsWith('brk_') ? t(key) : key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
