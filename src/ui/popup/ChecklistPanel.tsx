/**
 * The checklist tab: the helper sections' ChecklistSection backed by the database, which pages share
 * with the background. Imported only through lazySection, which keeps idb out of the popup's first view.
 */
import { loadMarks, setMark } from '../../storage/pages/checklist.ts';
import { ChecklistSection } from '../sections/ChecklistSection.tsx';
import type { ChecklistStore } from '../sections/checklistStore.ts';

const store: ChecklistStore = { load: () => loadMarks(Date.now()), set: setMark };

export function ChecklistPanel() {
  return <ChecklistSection store={store} now={Date.now} />;
}
