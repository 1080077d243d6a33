// PC/SC through the optional package `pcsclite` (a native addon over libpcsclite or WinSCard).
// It is not a dependency: most machines run the bridge with --simulate, and a native build would
// make every `pnpm install` need a compiler and the PC/SC headers. A counter PC adds it with
// `pnpm --filter @kakanai/card-bridge add pcsclite`.
//
// Not exercised in this repository's tests (there is no reader in CI); the parts of the library
// used are typed below from its documented API.

import { CardError, type CardTransport } from '@kakanai/domain';
import { type CardReader, oneAtATime, type ReaderKind, unavailableReader } from './card-reader.ts';

interface PcscLite {
  on(event: 'reader', listener: (reader: PcscReaderDevice) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  close(): void;
}

interface PcscReaderDevice {
  readonly name: string;
  readonly SCARD_STATE_PRESENT: number;
  readonly SCARD_SHARE_EXCLUSIVE: number;
  readonly SCARD_RESET_CARD: number;
  on(event: 'status', listener: (status: { state: number }) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  connect(options: { share_mode: number }, callback: (error: Error | null, protocol: number) => void): void;
  transmit(
    command: Buffer,
    responseLength: number,
    protocol: number,
    callback: (error: Error | null, response: Buffer) => void,
  ): void;
  disconnect(disposition: number, callback: (error: Error | null) => void): void;
}

// 256 data bytes and the status word: the most a short APDU answers.
const MAX_RESPONSE = 258;
const TRANSMIT_TIMEOUT_MS = 10_000;
const INSTALL_HINT =
  'run `pnpm --filter @kakanai/card-bridge add pcsclite` (it builds a native addon: on Debian or Ubuntu ' +
  'install pcscd and libpcsclite-dev first), or start the bridge with --simulate';

/** Opens PC/SC through the optional `pcsclite` package, or returns a reader of kind 'none' that says what is missing. */
export async function openPcscReader(log: (line: string) => void): Promise<CardReader> {
  let pcsc: PcscLite;
  try {
    // Through a variable so that the type checker does not require the optional package.
    const packageName = 'pcsclite';
    const imported = (await import(packageName)) as { default?: () => PcscLite };
    if (typeof imported.default !== 'function') throw new Error('pcsclite exports no factory');
    pcsc = imported.default();
  } catch (error) {
    const missing = (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND';
    return unavailableReader(
      missing
        ? `PC/SC needs the optional package pcsclite, which is not installed: ${INSTALL_HINT}`
        : `pcsclite is installed but did not load (${(error as Error).message}); ${INSTALL_HINT}`,
    );
  }
  return pcscReader(pcsc, log);
}

function pcscReader(pcsc: PcscLite, log: (line: string) => void): CardReader {
  const devices = new Map<string, { device: PcscReaderDevice; present: boolean }>();
  let failure: string | undefined;
  const serialize = oneAtATime();

  pcsc.on('reader', (device) => {
    const entry = { device, present: false };
    devices.set(device.name, entry);
    log(`card reader attached: ${device.name}`);
    device.on('status', (status) => {
      entry.present = (status.state & device.SCARD_STATE_PRESENT) !== 0;
    });
    device.on('end', () => {
      devices.delete(device.name);
      log(`card reader detached: ${device.name}`);
    });
    device.on('error', (error) => log(`card reader ${device.name}: ${error.message}`));
  });
  pcsc.on('error', (error) => {
    failure = `PC/SC failed (${error.message}); is the pcscd service running?`;
    log(failure);
  });

  const withCard = <T>(work: (transport: CardTransport) => Promise<T>) =>
    serialize(async () => {
      const entry = [...devices.values()].find(({ present }) => present);
      if (!entry) throw new CardError('no_card', 'No card on any reader');
      const { device } = entry;
      const protocol = await connect(device);
      const transport: CardTransport = {
        transmit: async (command) => {
          try {
            return await transmit(device, command, protocol);
          } catch (error) {
            if (!entry.present) throw new CardError('no_card', 'The card was taken off the reader');
            throw error;
          }
        },
      };
      try {
        return await work(transport);
      } finally {
        // Resetting, not just leaving, the card: a reset drops the verified PIN, so no other
        // program on this PC finds the card unlocked — the PIN opens the 個人番号 as well.
        await disconnect(device, device.SCARD_RESET_CARD).catch((error: Error) =>
          log(`card reader ${device.name}: disconnect failed: ${error.message}`),
        );
      }
    });

  return {
    get kind(): ReaderKind {
      return failure === undefined && devices.size > 0 ? 'pcsc' : 'none';
    },
    get unavailableReason() {
      if (failure !== undefined) return failure;
      return devices.size === 0 ? 'no PC/SC card reader is connected' : undefined;
    },
    cardPresent: async () => [...devices.values()].some(({ present }) => present),
    withCard,
    close: async () => pcsc.close(),
  };
}

function connect(device: PcscReaderDevice): Promise<number> {
  return new Promise((resolve, reject) => {
    // Exclusive, so that no other program's commands land inside one of our sessions.
    device.connect({ share_mode: device.SCARD_SHARE_EXCLUSIVE }, (error, protocol) => {
      if (error) reject(new CardError('read_failed', 'Could not connect to the card', { cause: error }));
      else resolve(protocol);
    });
  });
}

function transmit(device: PcscReaderDevice, command: Uint8Array, protocol: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the card did not answer in time')), TRANSMIT_TIMEOUT_MS);
    const buffer = Buffer.from(command);
    device.transmit(buffer, MAX_RESPONSE, protocol, (error, response) => {
      clearTimeout(timer);
      // The copy of a VERIFY holds the PIN; it should not wait in memory for the collector.
      buffer.fill(0);
      if (error) reject(error);
      else resolve(new Uint8Array(response));
    });
  });
}

function disconnect(device: PcscReaderDevice, disposition: number): Promise<void> {
  return new Promise((resolve, reject) => {
    device.disconnect(disposition, (error) => (error ? reject(error) : resolve()));
  });
}
