/**
 * Keeps the warm-and-cold round in the extension's localStorage, so closing the popup (which ends
 * its page) does not lose it: opening the popup again shows the true step. Only timestamps are kept,
 * and the record is removed when the round is stopped or forgotten, or by "Delete all data".
 */
import { parseWarmColdRun, type WarmColdRun } from '../../core/warmColdTimer.ts';

export const WARM_COLD_KEY = 'limber.warmColdTimer';

export interface WarmColdStore {
  load(): WarmColdRun | null;
  save(run: WarmColdRun | null): void;
}

export function localWarmColdStore(storage: Storage | undefined = globalThis.localStorage): WarmColdStore {
  return {
    load() {
      try {
        const raw = storage?.getItem(WARM_COLD_KEY);
        const run = raw ? parseWarmColdRun(JSON.parse(raw)) : null;
        // A damaged record is dropped: the timer starts idle rather than showing a made-up time.
        if (raw && !run) storage?.removeItem(WARM_COLD_KEY);
        return run;
      } catch {
        return null;
      }
    },
    save(run) {
      try {
        if (run) storage?.setItem(WARM_COLD_KEY, JSON.stringify(run));
        else storage?.removeItem(WARM_COLD_KEY);
      } catch {
        // Storage full or blocked: the timer still runs for as long as the popup stays open.
      }
    },
  };
}
