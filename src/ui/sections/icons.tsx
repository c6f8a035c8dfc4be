/**
 * Tiny decorative icons. Always paired with visible text (never colour or icon alone), so they are
 * hidden from screen readers.
 */
import type { ComponentChildren } from 'preact';
import type { StretchPlace } from '../../core/content/types.ts';

function Icon({ children }: { children: ComponentChildren }) {
  return (
    <svg
      class="lb-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {children}
    </svg>
  );
}

/** Triangle with an exclamation mark: urgent warning signs and cautions. */
export function AlertIcon() {
  return (
    <Icon>
      <path d="M8 1.8 15 14H1z" />
      <path d="M8 6.2v3.6M8 11.9v.1" />
    </Icon>
  );
}

/** Circle with an "i": general information. */
export function InfoIcon() {
  return (
    <Icon>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M8 7.3v4M8 4.7v.1" />
    </Icon>
  );
}

/** Calendar-ish clock: signs that need a doctor soon. */
export function ClockIcon() {
  return (
    <Icon>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M8 4.5V8l2.5 1.5" />
    </Icon>
  );
}

export function PlaceIcon({ place }: { place: StretchPlace }) {
  if (place === 'desk') {
    return (
      <Icon>
        <path d="M1.5 6h13M3 6v8M13 6v8M5 3.5h6" />
      </Icon>
    );
  }
  if (place === 'standing') {
    return (
      <Icon>
        <circle cx="8" cy="2.8" r="1.6" />
        <path d="M8 5v5.5M8 10.5 5.8 15M8 10.5l2.2 4.5M5 7.5h6" />
      </Icon>
    );
  }
  return (
    <Icon>
      <circle cx="3" cy="9.5" r="1.6" />
      <path d="M4.8 10.5h8.7M1 14h14" />
    </Icon>
  );
}
