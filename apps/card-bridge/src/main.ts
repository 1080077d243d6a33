// The card bridge for a counter PC: `node --import tsx apps/card-bridge/src/main.ts [--simulate]`.

import { SimulatedMyNumberCard } from '@kakanai/domain';
import { type CardReader, simulatedReader } from './card-reader.ts';
import { parseBridgeArgs, USAGE, UsageError } from './options.ts';
import { openPcscReader } from './pcsc-reader.ts';
import { startBridge } from './server.ts';

function log(line: string) {
  console.log(`[card-bridge] ${line}`);
}

async function main(): Promise<number> {
  let options: ReturnType<typeof parseBridgeArgs>;
  try {
    options = parseBridgeArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }

  const reader: CardReader = options.simulate
    ? simulatedReader(new SimulatedMyNumberCard(options.card))
    : await openPcscReader(log);

  let bridge: Awaited<ReturnType<typeof startBridge>>;
  try {
    bridge = await startBridge({ reader, port: options.port, allowedOrigins: options.allowOrigins, log });
  } catch (error) {
    const inUse = (error as { code?: string }).code === 'EADDRINUSE';
    console.error(inUse ? `port ${options.port} is in use: is the bridge already running? (--port)` : error);
    await reader.close();
    return 1;
  }

  log(`listening on ${bridge.url} for ${options.allowOrigins.join(', ')}`);
  if (reader.kind === 'simulated') log('reading a simulated card');
  // PC/SC reports readers a moment after it starts, so a missing reader is only judged then.
  else {
    setTimeout(() => {
      if (reader.kind === 'none')
        console.error(`[card-bridge] reader unavailable: ${reader.unavailableReason}`);
    }, 1000).unref();
  }

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await bridge.close();
  await reader.close();
  return 0;
}

process.exitCode = await main();
