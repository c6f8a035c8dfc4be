/**
 * The desk set-up checklist: first every set-up point the seed names, then mainstream points from
 * OSHA's computer workstation guidance. Each title is something a person can check at their desk
 * right now. Order is the display order.
 *
 * Ticks are stored by item id (storage/stores/checklist.ts). An id keeps its tick only while its item
 * still asks the same thing; when the question changes, the item gets a new id, so an old tick never
 * vouches for something the person did not check. The old ids are listed in RETIRED_CHECKLIST_IDS and
 * must never be reused; their stored ticks are simply not counted (checklistProgress only looks at
 * current items).
 */
import {
  MAYO_BACK_PAIN,
  MAYO_MUSCLE_CRAMP,
  NEWCASTLE_BODY_CHECK,
  OSHA_CHAIRS,
  OSHA_ENVIRONMENT,
  OSHA_KEYBOARDS,
  OSHA_MONITORS,
  OSHA_POSITIONS,
} from './sources.ts';
import type { ChecklistItem, PublicSource, SeedFactId } from './types.ts';

function item(id: string, seedFacts: SeedFactId[], sources: PublicSource[]): ChecklistItem {
  return { id, titleKey: `content_check_${id}_title`, detailKey: `content_check_${id}_detail`, seedFacts, sources };
}

export const CHECKLIST: readonly ChecklistItem[] = [
  item('lumbarSupport', ['prevention.lumbarSupport'], [OSHA_CHAIRS, MAYO_BACK_PAIN]),
  item('sitBack', ['prevention.posture'], [OSHA_POSITIONS, MAYO_BACK_PAIN]),
  item('feetFlat', ['prevention.feetFlat'], [OSHA_CHAIRS]),
  item('screenTopEyeLevel', ['prevention.screenEyeLevel'], [OSHA_MONITORS]),
  item('waterAtHand', ['prevention.hydration'], [MAYO_MUSCLE_CRAMP]),
  item('breakEvery30', ['prevention.breaks'], [NEWCASTLE_BODY_CHECK, MAYO_BACK_PAIN]),
  item('keyboardElbowHeight', [], [OSHA_KEYBOARDS]),
  item('screenArmLength', [], [OSHA_MONITORS]),
  item('noGlare', [], [OSHA_ENVIRONMENT]),
  item('kneesLevelWithHips', [], [OSHA_POSITIONS]),
];

/**
 * Ids of items that were replaced because their question changed. "goodPosture" ("I keep a good
 * posture") could not be checked honestly; "sitBack" asks something concrete instead.
 * "screenEyeLevel" ("my screen is at eye level") became "screenTopEyeLevel", a different test (the
 * top of the screen, not its middle). A tick of the old question says nothing about the new one.
 */
export const RETIRED_CHECKLIST_IDS: readonly string[] = ['goodPosture', 'screenEyeLevel'];
