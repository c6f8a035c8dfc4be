/**
 * The Stretches tab's groups. Their introductions state the seed's prevention facts (core
 * strengthening; flexibility and an active life) and keep spasm moves apart from strengthening.
 */
import { MAYO_BACK_PAIN, MEDLINEPLUS_LOW_BACK_PAIN, NEWCASTLE_BODY_CHECK, NHS_BACK_PAIN } from './sources.ts';
import type { Stretch, StretchGroup, StretchUse } from './types.ts';

function group(id: StretchUse, rest: Pick<StretchGroup, 'seedFacts' | 'sources'>): StretchGroup {
  return { id, titleKey: `content_group_${id}_title`, introKey: `content_group_${id}_intro`, ...rest };
}

export const STRETCH_GROUPS: readonly StretchGroup[] = [
  group('spasm', { seedFacts: ['relief.gentleMovement'], sources: [NHS_BACK_PAIN] }),
  group('strengthen', { seedFacts: ['prevention.coreStrength'], sources: [MAYO_BACK_PAIN, MEDLINEPLUS_LOW_BACK_PAIN] }),
  group('loosen', { seedFacts: ['prevention.flexibility'], sources: [MAYO_BACK_PAIN, NEWCASTLE_BODY_CHECK] }),
];

/**
 * The stretches sorted into their groups. Groups come in the order their first stretch appears in
 * the library, so reordering the library reorders the groups; groups left empty are dropped.
 */
export function groupStretches(
  stretches: readonly Stretch[],
  groups: readonly StretchGroup[] = STRETCH_GROUPS,
): { group: StretchGroup; stretches: Stretch[] }[] {
  const order: StretchUse[] = [];
  for (const s of stretches) if (!order.includes(s.use)) order.push(s.use);
  return order.flatMap((use) => {
    const found = groups.find((g) => g.id === use);
    return found ? [{ group: found, stretches: stretches.filter((s) => s.use === use) }] : [];
  });
}
