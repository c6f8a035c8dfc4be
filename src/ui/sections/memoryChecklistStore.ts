/** An in-memory ChecklistStore for tests and for previews before the real repository is wired in. */
import type { ChecklistStore } from './checklistStore.ts';

export function createMemoryChecklistStore(
  initial: Record<string, { checked: boolean; at: number }> = {},
): ChecklistStore & { snapshot(): Record<string, { checked: boolean; at: number }> } {
  const records = new Map(Object.entries(initial).map(([id, r]) => [id, { ...r }]));
  return {
    async load() {
      return Object.fromEntries([...records].map(([id, r]) => [id, { ...r }]));
    },
    async set(id, checked, at) {
      records.set(id, { checked, at });
    },
    snapshot() {
      return Object.fromEntries([...records].map(([id, r]) => [id, { ...r }]));
    },
  };
}
