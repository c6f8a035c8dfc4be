/**
 * The checklist tab: helper sections' ChecklistSection backed by the IndexedDB repository. Pages
 * share the extension's IndexedDB origin with the background, so the popup opens the same database
 * directly. Imported only through lazySection, which keeps idb out of the popup's first view.
 */
import { checklistStore } from '../../storage/checklistRepo.ts';
import { sharedConnection } from '../../storage/connection.ts';
import { ChecklistSection } from '../sections/ChecklistSection.tsx';
import type { ChecklistStore } from '../sections/checklistStore.ts';

const database = sharedConnection();

const store: ChecklistStore = {
  load: async () => checklistStore(await database()).load(),
  set: async (id, checked, at) => checklistStore(await database()).set(id, checked, at),
};

export function ChecklistPanel() {
  return <ChecklistSection store={store} now={Date.now} />;
}
