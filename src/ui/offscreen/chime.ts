// Chrome's offscreen document for the reminder chime: plays it when the background asks.
import browser from '../../platform/browser.ts';
import { CHIME_MESSAGE } from '../../platform/chime.ts';
import { playChimeSound } from '../../platform/chimeSound.ts';

browser.runtime.onMessage.addListener((message: unknown) => {
  const isChime =
    typeof message === 'object' &&
    message !== null &&
    'limberChime' in message &&
    message.limberChime === CHIME_MESSAGE.limberChime;
  // Anything else is not for this document: return undefined so other listeners may answer.
  if (!isChime) return undefined;
  return playChimeSound().then(() => ({ ok: true }));
});
