/** Stretch illustrations: import from here; the drawings themselves load lazily, one per stretch. */
export { loadIllustration } from './loadIllustration.ts';
export { StretchIllustration } from './StretchIllustration.tsx';
