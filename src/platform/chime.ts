/**
 * The optional reminder chime. Feature-detected: where the background has no DOM but the
 * `offscreen` API exists (Chrome), play it in an offscreen document; where the background itself can
 * play audio (Firefox's event page), play it here.
 */
import browser from './browser.ts';
import { playChimeSound } from './chimeSound.ts';
import { MAINTENANCE_PAGE } from './dailyMaintenance.ts';
import { offscreenApi, offscreenDocumentIs } from './offscreen.ts';

export const CHIME_PAGE = 'src/ui/offscreen/chime.html';
export const CHIME_MESSAGE = { limberChime: 1 } as const;

export async function playChime(): Promise<void> {
  const offscreen = offscreenApi();
  if (!offscreen) {
    if (typeof AudioContext === 'function') await playChimeSound();
    return;
  }
  // Only one offscreen document may exist. The daily maintenance's (open for a moment, or left by a
  // stopped worker) gives way: the maintenance runs again at the next wake. The chime's own closes
  // itself 30 s after the audio ends (Chrome).
  if ((await offscreen.hasDocument?.()) && (await offscreenDocumentIs(MAINTENANCE_PAGE))) {
    await offscreen.closeDocument();
  }
  if (!(await offscreen.hasDocument?.())) {
    await offscreen
      .createDocument({ url: CHIME_PAGE, reasons: ['AUDIO_PLAYBACK'], justification: 'Play the break reminder chime' })
      .catch((error: Error) => {
        if (!/single offscreen/i.test(error.message)) throw error;
      });
  }
  await browser.runtime.sendMessage(CHIME_MESSAGE);
}

/** In the offscreen document: play the chime when the background asks, and answer when it has ended. */
export function onChimeRequest(play: () => Promise<void>): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const isChime =
      typeof message === 'object' &&
      message !== null &&
      'limberChime' in message &&
      message.limberChime === CHIME_MESSAGE.limberChime;
    // Anything else is not for this document: return undefined so other listeners may answer.
    if (!isChime) return undefined;
    return play().then(() => ({ ok: true }));
  });
}
