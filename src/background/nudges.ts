/**
 * Hydration and posture nudges (core/nudges.ts) carried out: their clocks live in `meta`, and a due
 * nudge is a short notification that closes by itself (non-blocking: no buttons, no window).
 */
import { type NudgeClock, takeDueNudges } from '../core/nudges.ts';
import type { Prefs } from '../core/settings.ts';
import type { StatusKind } from '../core/status.ts';
import { t } from '../platform/i18n.ts';
import { showNotification } from '../platform/notifications.ts';
import type { LimberDb } from '../storage/schema.ts';
import { readNumber, writeMeta } from '../storage/stores/meta.ts';

export async function runNudges(db: LimberDb, kind: StatusKind, prefs: Prefs, at: number): Promise<void> {
  if (!prefs.hydrationNudge && !prefs.postureNudge) return;
  const stored = {
    hydration: await readNumber(db, 'nudgeHydrationAt'),
    posture: await readNumber(db, 'nudgePostureAt'),
  };
  const clock: NudgeClock = { hydration: stored.hydration ?? at, posture: stored.posture ?? at };
  const next = takeDueNudges(clock, at, prefs, kind);
  // Runs with every heartbeat: write only what changed.
  if (next.clock.hydration !== stored.hydration) await writeMeta(db, 'nudgeHydrationAt', next.clock.hydration);
  if (next.clock.posture !== stored.posture) await writeMeta(db, 'nudgePostureAt', next.clock.posture);
  for (const nudge of next.due) {
    await showNotification(`limber-nudge-${nudge}`, {
      title: t(`nudge_${nudge}_title`),
      message: t(`nudge_${nudge}_message`),
      buttons: [],
      requireInteraction: false,
    });
  }
}
