/**
 * The popup's checklist marks. A tick changes nothing in the schedule, so the page writes it itself
 * rather than through a message.
 */
import { type ChecklistMarks, loadChecklist, setChecklistItem } from '../stores/checklist.ts';
import { pageDatabase } from './database.ts';

export type { ChecklistMarks };

export async function loadMarks(now: number): Promise<ChecklistMarks> {
  return loadChecklist(await pageDatabase(), now);
}

export async function setMark(id: string, checked: boolean, at: number): Promise<void> {
  await setChecklistItem(await pageDatabase(), id, checked, at);
}
