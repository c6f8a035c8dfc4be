/**
 * Shapes of Limber's health content. Content is data only: every user-visible word lives in
 * locales/en/content.json and is referenced here by key, so translations never touch this code.
 */

/** The four sections of the seed text (shared/seed/lower-back-spasms.txt), named exactly as there. */
export type SeedSection =
  | 'Quick Relief for Immediate Spasms'
  | 'Preventing Future Back Spasms'
  | 'Why Back Spasms Occur'
  | 'When Medical Help is Needed';

/**
 * Where a fact comes from. Anything beyond the seed must name a public guideline, so a reviewer can
 * check the claim against its origin.
 */
export type ContentSource = { kind: 'seed'; section: SeedSection } | { kind: 'guideline'; name: string; url: string };

export interface ChecklistItem {
  id: string;
  titleKey: string;
  detailKey: string;
  source: ContentSource;
}

export type StretchPlace = 'desk' | 'standing' | 'floor';

/** One hand-drawn SVG per stretch; the id doubles as the stretch id to keep the mapping obvious. */
export type IllustrationId =
  | 'kneeRolls'
  | 'walking'
  | 'tennisBall'
  | 'pelvicTilt'
  | 'birdDog'
  | 'bridge'
  | 'seatedPelvicTilt'
  | 'chairCatCow'
  | 'seatedTwist'
  | 'shoulderRolls'
  | 'seatedFigureFour'
  | 'seatedKneeToChest'
  | 'seatedHamstring'
  | 'standingBackExtension';

export interface Stretch {
  id: IllustrationId;
  titleKey: string;
  stepsKeys: readonly string[];
  cautionKey: string;
  durationSec: number;
  places: readonly StretchPlace[];
  illustration: IllustrationId;
  /** Why the move is in Limber (the seed names it, or a guideline recommends it). */
  source: ContentSource;
  /** Where the step-by-step wording is checked against, when the seed names a move without steps. */
  howToSource?: ContentSource;
}

export interface ReliefTip {
  id: string;
  titleKey: string;
  textKey: string;
  source: ContentSource;
}

/** `urgent`: get help at once. `soon`: book a doctor's visit. */
export type RedFlagUrgency = 'urgent' | 'soon';

export interface RedFlag {
  id: string;
  textKey: string;
  urgency: RedFlagUrgency;
  source: ContentSource;
}

export interface Cause {
  id: string;
  titleKey: string;
  textKey: string;
  source: ContentSource;
}
