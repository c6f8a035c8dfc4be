/**
 * What the checklist needs from storage. The IndexedDB repository (src/storage) implements it; the
 * component only sees this interface, so it can be tested with an in-memory store.
 */
export interface ChecklistStore {
  load(): Promise<Record<string, { checked: boolean; at: number }>>;
  set(id: string, checked: boolean, at: number): Promise<void>;
}
