/** A stateful stand-in for the background's prefs handlers, for the options page tests. */
import { applyPatch, DEFAULTS, type Prefs } from '../../src/core/settings.ts';
import type { PrefsView } from '../../src/messaging/protocol.ts';

export interface Call {
  type: string;
  payload: unknown;
}

export function fakeBackground(initial: Partial<Prefs> = {}, locked: string[] = [], failDelete: Error | null = null) {
  let prefs: Prefs = { ...structuredClone(DEFAULTS), ...initial };
  const calls: Call[] = [];
  const view = (): PrefsView => ({ prefs: structuredClone(prefs), locked, repaired: [] });
  async function handle(type: string, payload: Record<string, unknown>): Promise<unknown> {
    calls.push({ type, payload: structuredClone(payload) });
    switch (type) {
      case 'getPrefs':
        return view();
      case 'setPrefs': {
        const checked = applyPatch(prefs, payload.patch);
        if (!checked.ok) return { saved: false, errors: checked.errors };
        prefs = checked.value;
        return { saved: true, view: view() };
      }
      case 'resetPrefs':
      case 'deleteAllData':
        if (failDelete && type === 'deleteAllData') throw failDelete;
        prefs = structuredClone(DEFAULTS);
        return view();
      default:
        throw new Error(`unexpected request ${type}`);
    }
  }
  return {
    handle,
    calls,
    sent: (type: string) => calls.filter((c) => c.type === type).map((c) => c.payload),
    get prefs() {
      return prefs;
    },
  };
}
