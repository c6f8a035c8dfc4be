/** An in-memory ChecklistStore: the checklist section's component tests run without a database. */
import type { ChecklistStore } from '../../src/ui/sections/checklistStore.ts';

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
