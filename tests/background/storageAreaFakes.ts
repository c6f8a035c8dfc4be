/**
 * What @webext-core/fake-browser's storage areas do not do by themselves: refuse a sync write the
 * way Chrome does at its quota or rate limit, and reject a managed read the way Firefox does when
 * no policy exists. Each helper patches the current fake until the next resetFakes().
 */
import { fakeBrowser } from './fakeBrowser.ts';

/** Chrome's messages: "QUOTA_BYTES_PER_ITEM quota exceeded", "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded". */
export function failSyncWrites(message: string): { calls: number; restore(): void } {
  const original = fakeBrowser.storage.sync.set;
  const state = {
    calls: 0,
    restore: () => {
      fakeBrowser.storage.sync.set = original;
    },
  };
  fakeBrowser.storage.sync.set = (async () => {
    state.calls += 1;
    throw new Error(message);
  }) as typeof original;
  return state;
}

export function managedUnavailable(): void {
  fakeBrowser.storage.managed.get = (async () => {
    throw new Error('Managed storage manifest not found');
  }) as typeof fakeBrowser.storage.managed.get;
}

/** Another browser of the same user wrote the synced item (fires storage.onChanged, area 'sync'). */
export async function syncFromElsewhere(prefs: Record<string, unknown>, changedAt: number): Promise<void> {
  await fakeBrowser.storage.sync.set({ limberPrefs: { v: 1, changedAt, prefs } });
}

export async function syncedItem(): Promise<
  { v: number; changedAt: number; prefs: Record<string, unknown> } | undefined
> {
  return (await fakeBrowser.storage.sync.get('limberPrefs')).limberPrefs as never;
}
