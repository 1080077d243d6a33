import type { CardTransport, SimulatedMyNumberCard } from '@kakanai/domain';

/** What the bridge reads cards with: the simulated card, a PC/SC reader, or nothing usable. */
export type ReaderKind = 'simulated' | 'pcsc' | 'none';

/** A card reader the bridge talks to, one session at a time. */
export interface CardReader {
  readonly kind: ReaderKind;
  /** Why no card can be read, for the operator's console; set while kind is 'none'. */
  readonly unavailableReason: string | undefined;
  /** Whether a card is on the reader. */
  cardPresent(): Promise<boolean>;
  /** Runs `work` with the card to itself; rejects with CardError 'no_card' when there is none. */
  withCard<T>(work: (transport: CardTransport) => Promise<T>): Promise<T>;
  /** Releases the reader. */
  close(): Promise<void>;
}

/** Runs tasks strictly one after another: a second read's SELECT must not land between the first read's VERIFY and READ BINARY. */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
}

/** A reader that always holds the given simulated card. */
export function simulatedReader(card: SimulatedMyNumberCard): CardReader {
  const serialize = oneAtATime();
  return {
    kind: 'simulated',
    unavailableReason: undefined,
    cardPresent: async () => card.present,
    withCard: (work) =>
      serialize(async () => {
        try {
          return await work(card);
        } finally {
          // The simulator logs every command for tests; in a long-running bridge that log would
          // keep every PIN typed, so it is emptied after each session.
          card.log.length = 0;
        }
      }),
    close: async () => undefined,
  };
}

/** A reader that cannot read anything, and says why. */
export function unavailableReader(reason: string): CardReader {
  return {
    kind: 'none',
    unavailableReason: reason,
    cardPresent: async () => false,
    withCard: async () => {
      throw new Error(`no card reader: ${reason}`);
    },
    close: async () => undefined,
  };
}
