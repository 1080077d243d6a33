import { playChime } from './chime.ts';

/** One call as the hall hears it: the chime, then the Japanese sentence, then the English one. */
export interface Announcement {
  ja: string;
  en: string;
}

export interface Announcer {
  /** Starts sound; must run inside a user gesture (a click) the first time. True when sound plays. */
  unlock(): Promise<boolean>;
  /** Whether the browser lets this page play sound now. */
  canPlay(): boolean;
  /** Queues a call; it plays after the ones before it. Does nothing while sound is off. */
  announce(announcement: Announcement): void;
  /** The chime alone, to confirm that sound works. */
  chime(): void;
  /** Stops what is playing and forgets the queue. */
  stop(): void;
  close(): void;
}

/** Beyond this many calls waiting to be spoken, the oldest are dropped: they are on screen already. */
const MAX_QUEUE = 6;

/**
 * Plays calls one after another, never over each other: chime, 「…お越しください。」, "…please go
 * to window 3." Speech uses the browser's speechSynthesis with a Japanese and an English voice
 * where the system has them. A speech engine that never reports the end of an utterance (it
 * happens) holds the queue only for as long as the sentence could take.
 */
export function createAnnouncer(): Announcer {
  let context: AudioContext | undefined;
  let queue: Announcement[] = [];
  let playing = false;
  let enabled = false;

  const speech = globalThis.speechSynthesis as SpeechSynthesis | undefined;

  function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
    const voices = speech?.getVoices() ?? [];
    const base = lang.slice(0, 2);
    return (
      voices.find((v) => v.lang.replace('_', '-') === lang) ??
      voices.find((v) => v.lang.toLowerCase().startsWith(base))
    );
  }

  function speak(text: string, lang: 'ja-JP' | 'en-US'): Promise<void> {
    if (!speech || !enabled) return Promise.resolve();
    return new Promise((resolve) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      const voice = voiceFor(lang);
      if (voice) utterance.voice = voice;
      utterance.rate = 0.95;
      const done = () => {
        clearTimeout(guard);
        resolve();
      };
      const guard = setTimeout(done, 3000 + text.length * 250);
      utterance.onend = done;
      utterance.onerror = done;
      speech.speak(utterance);
    });
  }

  async function drain() {
    if (playing) return;
    playing = true;
    try {
      for (let next = queue.shift(); next && enabled; next = queue.shift()) {
        if (context) await playChime(context);
        await speak(next.ja, 'ja-JP');
        await speak(next.en, 'en-US');
      }
    } finally {
      playing = false;
    }
  }

  function stop() {
    enabled = false;
    queue = [];
    speech?.cancel();
  }

  return {
    async unlock() {
      try {
        context ??= new AudioContext();
        // Without a user gesture, resume() neither resolves nor fails: it waits for one.
        if (context.state === 'suspended') await Promise.race([context.resume(), wait(300)]);
      } catch {
        // No audio device, or the browser refuses: the screen still shows every call.
      }
      enabled = context?.state === 'running';
      return enabled;
    },
    canPlay: () => enabled && context?.state === 'running',
    announce(announcement) {
      if (!enabled) return;
      queue = [...queue, announcement].slice(-MAX_QUEUE);
      void drain();
    },
    chime() {
      if (enabled && context) void playChime(context);
    },
    stop,
    close() {
      stop();
      void context?.close().catch(() => {});
      context = undefined;
    },
  };
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
