/**
 * The ergonomic checklist: first every desk set-up point the seed names, then mainstream points
 * from OSHA's computer workstation guidance. Order is the display order.
 */
import { OSHA_WORKSTATIONS, SEED_PREVENTION } from './sources.ts';
import type { ChecklistItem, ContentSource } from './types.ts';

function item(id: string, source: ContentSource): ChecklistItem {
  return { id, titleKey: `content_check_${id}_title`, detailKey: `content_check_${id}_detail`, source };
}

export const CHECKLIST: readonly ChecklistItem[] = [
  item('lumbarSupport', SEED_PREVENTION),
  item('feetFlat', SEED_PREVENTION),
  item('screenEyeLevel', SEED_PREVENTION),
  item('goodPosture', SEED_PREVENTION),
  item('waterAtHand', SEED_PREVENTION),
  item('breakEvery30', SEED_PREVENTION),
  item('keyboardElbowHeight', OSHA_WORKSTATIONS),
  item('screenArmLength', OSHA_WORKSTATIONS),
  item('noGlare', OSHA_WORKSTATIONS),
  item('kneesLevelWithHips', OSHA_WORKSTATIONS),
];
