import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveDataDir } from '../core/data-dir';
import { wantsSamplePartner } from '../core/launch-flags';
import { createHub } from '../core/hub';
import { createConsoleLogger } from '../core/logging/console-logger';
import { createPlaintextCipher } from '../core/secrets/plaintext-cipher';
import { openConfBackend } from '../core/settings/conf-backend';
import { createInterfaceConnectivity } from '../core/system/interface-connectivity';
import { startHttpTransport } from '../core/transport/http/http-transport';
import { parsePort } from './parse-port';

/**
 * Browser mode: the same core as the desktop app, served to a browser on this
 * PC over 127.0.0.1. Used where Electron cannot run and by the end-to-end tests.
 */
async function main(): Promise<void> {
  const here = import.meta.dirname;
  const appRoot = resolve(here, '../..');
  const { version } = JSON.parse(readFileSync(resolve(appRoot, 'package.json'), 'utf8')) as { version: string };
  const logger = createConsoleLogger();
  const dataDir = resolveDataDir(process.argv);

  const hub = await createHub({
    dataDir,
    mode: 'browser',
    appVersion: version,
    cipher: createPlaintextCipher(
      'Browser mode runs without the operating system’s secure storage, so secrets are kept unencrypted in a file only your user account can read.',
    ),
    openSettings: openConfBackend,
    connectivity: createInterfaceConnectivity(),
    logger,
    samplePartner: wantsSamplePartner(process.argv),
  });
  const transport = await startHttpTransport({
    hub,
    staticDir: resolve(here, '../renderer'),
    port: parsePort(process.argv),
    logger,
  });

  process.stdout.write(
    `Integration Hub is running at ${transport.url}\nData folder: ${dataDir}\nPress Ctrl+C to stop.\n`,
  );

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void transport
      .close()
      .then(() => hub.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Integration Hub could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
