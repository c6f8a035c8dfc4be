/**
 * Hydration and posture nudges (core/nudges.ts) carried out: their clocks live in `meta`, and a due
 * nudge is a short notification that closes by itself (non-blocking: no buttons, no window).
 */
import { type NudgeClock, takeDueNudges } from '../core/nudges.ts';
import type { Prefs } from '../core/settings.ts';
import type { StatusKind } from '../core/status.ts';
import { t } from '../platform/i18n.ts';
import { showNotification } from '../platform/notifications.ts';
import { readNumber, writeMeta } from '../storage/metaValues.ts';
import type { LimberDb } from '../storage/schema.ts';

export async function runNudges(db: LimberDb, kind: StatusKind, prefs: Prefs, at: number): Promise<void> {
  if (!prefs.hydrationNudge && !prefs.postureNudge) return;
  const clock: NudgeClock = {
    hydration: (await readNumber(db, 'nudgeHydrationAt')) ?? at,
    posture: (await readNumber(db, 'nudgePostureAt')) ?? at,
  };
  const next = takeDueNudges(clock, at, prefs, kind);
  await writeMeta(db, 'nudgeHydrationAt', next.clock.hydration);
  await writeMeta(db, 'nudgePostureAt', next.clock.posture);
  for (const nudge of next.due) {
    await showNotification(`limber-nudge-${nudge}`, {
      title: t(`nudge_${nudge}_title`),
      message: t(`nudge_${nudge}_message`),
      buttons: [],
      requireInteraction: false,
    });
  }
}
