/**
 * How to keep Limber's icon in the toolbar. Browsers put a new extension behind their Extensions
 * (puzzle-piece) button, so many people never see the badge that counts down. Each browser's steps
 * are shown: the page does not guess which browser it is in.
 */
import { t } from '../i18n.ts';

/** The Extensions button as the browsers draw it, small and inline, so the words point at something. */
function PuzzleIcon() {
  return (
    <svg class="wel-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d="M8 3.5a2 2 0 0 1 4 0V5h3.5v3.5H14a2 2 0 0 0 0 4h1.5V16H12v-1.5a2 2 0 0 0-4 0V16H4.5v-3.5H6a2 2 0 0 0 0-4H4.5V5H8z"
        fill="none"
        stroke="currentColor"
        stroke-width="1.5"
        stroke-linejoin="round"
      />
    </svg>
  );
}

function PinIcon() {
  return (
    <svg class="wel-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d="M7 3h6l-1 5 3 3H5l3-3zM10 11v6"
        fill="none"
        stroke="currentColor"
        stroke-width="1.5"
        stroke-linejoin="round"
        stroke-linecap="round"
      />
    </svg>
  );
}

const BROWSERS = ['chrome', 'edge', 'firefox'] as const;

export function PinHelp() {
  return (
    <ul class="wel-pin">
      {BROWSERS.map((browser) => (
        <li key={browser}>
          <span class="wel-pin-name">{t(`wel_pin_${browser}`)}</span>
          <span class="wel-pin-steps">
            <PuzzleIcon />
            {browser === 'chrome' && <PinIcon />}
            {t(`wel_pin_${browser}_steps`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
