/** "Why spasms happen": the seed's causes, most common first. */
import { SEED_CAUSES } from './sources.ts';
import type { Cause } from './types.ts';

function cause(id: string): Cause {
  return { id, titleKey: `content_cause_${id}_title`, textKey: `content_cause_${id}_text`, source: SEED_CAUSES };
}

export const CAUSES: readonly Cause[] = [
  cause('strain'),
  cause('posture'),
  cause('sitting'),
  cause('hydration'),
  cause('stress'),
  cause('conditions'),
];
