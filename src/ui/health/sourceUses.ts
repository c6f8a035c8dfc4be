/**
 * For each public source, the content that cites it, as locale keys of what to show: the
 * health-information page lists them so a reader sees what each page supports.
 */
import { CAUSES } from '../../core/content/causes.ts';
import { CHECKLIST } from '../../core/content/checklist.ts';
import { RED_FLAGS } from '../../core/content/redFlags.ts';
import { RELIEF_TIPS } from '../../core/content/relief.ts';
import { STRETCHES } from '../../core/content/stretches.ts';
import { STRETCH_GROUPS } from '../../core/content/stretchGroups.ts';
import type { PublicSource } from '../../core/content/types.ts';

export type SourceArea = 'relief' | 'stretches' | 'stretchSteps' | 'doctor' | 'checklist' | 'causes';

export interface SourceUse {
  area: SourceArea;
  /** Locale keys of the items' names (or, for warning signs, their text). */
  keys: string[];
}

export function sourceUses(source: PublicSource): SourceUse[] {
  const cites = (item: { sources: readonly PublicSource[] }) => item.sources.some((s) => s.id === source.id);
  const uses: SourceUse[] = [
    { area: 'relief', keys: RELIEF_TIPS.filter(cites).map((i) => i.titleKey) },
    {
      area: 'stretches',
      keys: [...STRETCH_GROUPS.filter(cites).map((g) => g.titleKey), ...STRETCHES.filter(cites).map((s) => s.titleKey)],
    },
    { area: 'stretchSteps', keys: STRETCHES.filter((s) => s.howTo.id === source.id).map((s) => s.titleKey) },
    { area: 'doctor', keys: RED_FLAGS.filter(cites).map((f) => f.textKey) },
    { area: 'checklist', keys: CHECKLIST.filter(cites).map((i) => i.titleKey) },
    { area: 'causes', keys: CAUSES.filter(cites).map((c) => c.titleKey) },
  ];
  return uses.filter((u) => u.keys.length > 0);
}
