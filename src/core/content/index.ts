/** Limber's health content: data and pure helpers, no browser or UI imports. */
export { CAUSES } from './causes.ts';
export { CHECKLIST, RETIRED_CHECKLIST_IDS } from './checklist.ts';
export {
  type ChecklistProgress,
  type CheckRecord,
  type CheckRecords,
  type CheckState,
  checklistProgress,
  checkState,
  RECONFIRM_AFTER_MS,
} from './checklistProgress.ts';
export { RED_FLAGS, redFlagsByUrgency, URGENCY_ORDER } from './redFlags.ts';
export { RELIEF_TIPS } from './relief.ts';
export { SEED_FACTS, SEED_SECTION_HEADINGS } from './seedFacts.ts';
export { ALL_SOURCES } from './sources.ts';
export { findStretch, STRETCHES } from './stretches.ts';
export { groupStretches, STRETCH_GROUPS } from './stretchGroups.ts';
export type * from './types.ts';
