/**
 * The call chime, made on the spot with the Web Audio API: a two-tone "pin-pon", high then a
 * major third lower, each a soft sine with a faint octave for a bell-like ring. No audio files to
 * fetch, cache or license. Resolves when the chime has rung out.
 */
export function playChime(context: AudioContext): Promise<void> {
  const start = context.currentTime + 0.05;
  ring(context, 880, start, 0.9); // A5: "pin"
  ring(context, 698.46, start + 0.5, 1.3); // F5: "pon"
  return new Promise((resolve) => setTimeout(resolve, (0.5 + 1.3) * 1000 + 100));
}

function ring(context: AudioContext, frequency: number, at: number, seconds: number) {
  const volume = context.createGain();
  // Exponential ramps can't start from 0: start just above it.
  volume.gain.setValueAtTime(0.0001, at);
  volume.gain.exponentialRampToValueAtTime(0.3, at + 0.015);
  volume.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
  volume.connect(context.destination);
  for (const [multiple, level] of [
    [1, 1],
    [2, 0.12],
  ] as const) {
    const tone = context.createOscillator();
    tone.type = 'sine';
    tone.frequency.value = frequency * multiple;
    const mix = context.createGain();
    mix.gain.value = level;
    tone.connect(mix).connect(volume);
    tone.start(at);
    tone.stop(at + seconds + 0.05);
  }
}
