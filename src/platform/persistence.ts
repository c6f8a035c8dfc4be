/**
 * Asks the browser not to evict our storage. The manifest's `unlimitedStorage` already exempts the
 * extension in Chrome; this is belt and braces for browsers or profiles where it does not.
 */

/** The part of StorageManager used here, so tests can pass a fake. */
export interface PersistApi {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/** True when storage is (now) persistent; false when refused, unsupported or failing. Never throws. */
export async function requestPersistence(
  storage: PersistApi | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  try {
    // Already persistent: nothing to ask for.
    if ((await storage?.persisted?.()) === true) return true;
    return (await storage?.persist?.()) === true;
  } catch {
    return false;
  }
}
