/**
 * What the checklist needs from storage. The popup backs it with src/storage/pages/checklist.ts; the
 * component only sees this interface, so its tests use an in-memory store (tests/support).
 */
export interface ChecklistStore {
  load(): Promise<Record<string, { checked: boolean; at: number }>>;
  set(id: string, checked: boolean, at: number): Promise<void>;
}
