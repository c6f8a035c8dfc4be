/**
 * A soft two-note chime synthesised with Web Audio: no sound file to ship, nothing fetched. Runs in
 * any document with an AudioContext (Chrome's offscreen document, Firefox's event page).
 */
const NOTES_HZ = [659.25, 880];
const NOTE_S = 0.35;
const PEAK_GAIN = 0.12;

/** Plays the chime; resolves when it has finished. */
export async function playChimeSound(): Promise<void> {
  const context = new AudioContext();
  const start = context.currentTime + 0.02;
  NOTES_HZ.forEach((hz, i) => {
    const at = start + i * NOTE_S * 0.8;
    const osc = context.createOscillator();
    const gain = context.createGain();
    osc.type = 'sine';
    osc.frequency.value = hz;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(PEAK_GAIN, at + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + NOTE_S * 2);
    osc.connect(gain).connect(context.destination);
    osc.start(at);
    osc.stop(at + NOTE_S * 2);
  });
  await new Promise((done) => setTimeout(done, (NOTE_S * 0.8 + NOTE_S * 2) * 1000 + 100));
  await context.close();
}
