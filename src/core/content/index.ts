/** Limber's health content: data and pure helpers, no browser or UI imports. */
export { CAUSES } from './causes.ts';
export { CHECKLIST } from './checklist.ts';
export {
  type ChecklistProgress,
  type CheckRecord,
  type CheckRecords,
  type CheckState,
  checklistProgress,
  checkState,
  RECONFIRM_AFTER_MS,
} from './checklistProgress.ts';
export { RED_FLAGS, redFlagsByUrgency } from './redFlags.ts';
export { RELIEF_TIPS } from './relief.ts';
export { findStretch, STRETCHES } from './stretches.ts';
export type * from './types.ts';
