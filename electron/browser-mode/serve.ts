import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveDataDir } from '../core/data-dir';
import { resultsWriterFile } from '../core/engine/threaded-recorder';
import { wantsSamplePartner } from '../core/launch-flags';
import { createHub, type Core } from '../core/hub';
import { createConsoleLogger } from '../core/logging/console-logger';
import { createPlaintextCipher } from '../core/secrets/plaintext-cipher';
import { openConfBackend } from '../core/settings/conf-backend';
import { DataFolderInUse } from '../core/startup/data-folder-lock';
import { WrittenByNewerVersion } from '../core/startup/newer-version';
import { createInterfaceConnectivity } from '../core/system/interface-connectivity';
import { watchLauncher } from '../core/system/launcher-watch';
import { startHttpTransport, type HttpTransport } from '../core/transport/http/http-transport';
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

  // Filled in as the start proceeds; a stop may come at any point of it.
  const running: { hub?: Core; transport?: HttpTransport } = {};
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void (running.transport?.close() ?? Promise.resolve()).then(() => running.hub?.close()).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  watchLauncher(process.env, () => {
    logger.warn('the launcher that started this hub has ended; stopping');
    stop();
  });

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
    resultsWriter: { url: new URL(`./${resultsWriterFile}`, import.meta.url) },
  });
  running.hub = hub;
  const transport = await startHttpTransport({
    hub,
    staticDir: resolve(here, '../renderer'),
    port: parsePort(process.argv),
    logger,
  });
  running.transport = transport;
  // A second start on this folder names this address.
  hub.folderLock.describe({ address: transport.url });

  process.stdout.write(
    `Integration Hub is running at ${transport.url}\nData folder: ${dataDir}\nPress Ctrl+C to stop.\n`,
  );
}

main().catch((error: unknown) => {
  // These explain themselves in one paragraph; anything else gets a lead-in.
  const explained = error instanceof DataFolderInUse || error instanceof WrittenByNewerVersion;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(explained ? `\n${message}\n\n` : `Integration Hub could not start: ${message}\n`);
  process.exit(1);
});
