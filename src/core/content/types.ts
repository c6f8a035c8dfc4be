/**
 * Shapes of Limber's health content. Content is data only: every user-visible word lives in
 * locales/<lang>/content.json and is referenced here by key, so translations never touch this code.
 *
 * Each item says two things about where it comes from:
 * - `seedFacts`: which facts of the seed text (shared/seed/lower-back-spasms.txt) it carries, by id
 *   (seedFacts.ts lists all 25). Empty for advice that is not in the seed.
 * - `sources`: the public pages that support what the item says, shown to the user by name with a
 *   link. The seed is not public, so every item also names a public page, and anything the item says
 *   beyond the seed (a caution, a concrete test) is backed by one of these pages.
 */
import type { SeedFactId } from './seedFacts.ts';

export type { SeedFactId, SeedSectionId } from './seedFacts.ts';

/** A public web page Limber's advice is checked against. Opened only when the user clicks it. */
export interface PublicSource {
  /** Stable key, used in tests and in the health-information page. */
  id: string;
  /** The publisher and page title, as the page itself names them (kept in its own language, English). */
  name: string;
  url: string;
}

interface Traced {
  seedFacts: readonly SeedFactId[];
  sources: readonly PublicSource[];
}

export interface ChecklistItem extends Traced {
  id: string;
  titleKey: string;
  detailKey: string;
}

export type StretchPlace = 'desk' | 'standing' | 'floor';

/**
 * What a stretch is for. `spasm`: gentle moves for while a spasm is happening (the seed's relief
 * moves). `strengthen`: core strengthening, for between spasms (the seed's prevention). `loosen`:
 * flexibility and movement through the working day.
 */
export type StretchUse = 'spasm' | 'strengthen' | 'loosen';

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

export interface Stretch extends Traced {
  id: IllustrationId;
  titleKey: string;
  stepsKeys: readonly string[];
  cautionKey: string;
  durationSec: number;
  places: readonly StretchPlace[];
  illustration: IllustrationId;
  use: StretchUse;
  /** Could make a spasm that is happening now worse: the stretch says so, and says to wait. */
  notDuringSpasm: boolean;
  /** The public page the step-by-step wording follows. Every stretch has one. */
  howTo: PublicSource;
}

/** The Stretches tab's groups: each says what its moves are for (the seed's prevention facts). */
export interface StretchGroup extends Traced {
  id: StretchUse;
  titleKey: string;
  introKey: string;
}

export interface ReliefTip extends Traced {
  id: string;
  titleKey: string;
  textKey: string;
  /** A safety line shown with the tip, when it needs one. */
  cautionKey?: string;
  /** The stretch that shows this tip step by step, with its own timer. */
  stretchId?: IllustrationId;
}

/**
 * `emergency`: go to an emergency department or call the local emergency number now.
 * `today`: contact a doctor or an urgent-care service the same day.
 * `soon`: book a doctor's appointment.
 */
export type RedFlagUrgency = 'emergency' | 'today' | 'soon';

export interface RedFlag extends Traced {
  id: string;
  textKey: string;
  urgency: RedFlagUrgency;
}

export interface Cause extends Traced {
  id: string;
  titleKey: string;
  textKey: string;
}
