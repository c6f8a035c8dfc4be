// Chrome's offscreen document for the reminder chime: plays it when the background asks.
import { onChimeRequest } from '../../platform/chime.ts';
import { playChimeSound } from '../../platform/chimeSound.ts';

onChimeRequest(playChimeSound);
