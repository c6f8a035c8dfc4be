/**
 * storage.managed: the administrator's policy (docs/ADMIN.md). Chrome checks it against
 * managed_schema.json and leaves out what does not fit; Firefox checks nothing, so every value is
 * checked again in src/core/managedPolicy.ts. Without a policy Chrome answers {} and Firefox
 * rejects ("Managed storage manifest not found"); both mean: no policy.
 */
import { type ManagedPolicy, readPolicy } from '../core/managedPolicy.ts';
import browser from './browser.ts';

export async function readManagedPolicy(): Promise<ManagedPolicy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get(null);
  } catch {
    raw = undefined;
  }
  // Chrome returns {} without a policy: no sections is no policy, not a problem.
  return readPolicy(raw);
}

/** Chrome reports policy changes while running; Firefox reads the policy only at start-up. */
export function onManagedChange(listener: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') listener();
  });
}
