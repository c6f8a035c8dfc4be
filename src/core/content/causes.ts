/** "Why spasms happen": the seed's causes, most common first. */
import { APA_STRESS_BODY, MAYO_BACK_PAIN, MAYO_MUSCLE_CRAMP } from './sources.ts';
import type { Cause, PublicSource, SeedFactId } from './types.ts';

function cause(id: string, seedFact: SeedFactId, sources: PublicSource[]): Cause {
  return {
    id,
    titleKey: `content_cause_${id}_title`,
    textKey: `content_cause_${id}_text`,
    seedFacts: [seedFact],
    sources,
  };
}

export const CAUSES: readonly Cause[] = [
  cause('strain', 'causes.strain', [MAYO_BACK_PAIN]),
  cause('posture', 'causes.posture', [MAYO_BACK_PAIN]),
  cause('sitting', 'causes.sitting', [MAYO_BACK_PAIN]),
  cause('hydration', 'causes.hydration', [MAYO_MUSCLE_CRAMP]),
  cause('stress', 'causes.stress', [APA_STRESS_BODY]),
  cause('conditions', 'causes.conditions', [MAYO_BACK_PAIN]),
];
