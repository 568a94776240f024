// A hub core in its own process, opened the way the desktop app opens it
// (mode 'electron'; Electron itself cannot run here). Prints `ready` once it
// holds the data folder, or the refusal and exits 1. Run with `node --import tsx`:
//   core-process.ts <data-dir> <electron|browser>
import { openCore } from '../../electron/core/hub';
import { silentLogger } from '../../electron/core/logging/console-logger';
import { createPlaintextCipher } from '../../electron/core/secrets/plaintext-cipher';
import { openConfBackend } from '../../electron/core/settings/conf-backend';

const [dataDir = '', mode = 'electron'] = process.argv.slice(2);

try {
  const core = openCore({
    dataDir,
    mode: mode === 'browser' ? 'browser' : 'electron',
    appVersion: '0.0.0-test',
    cipher: createPlaintextCipher('test process'),
    openSettings: openConfBackend,
    connectivity: { isOnline: () => true, watch: () => () => {} },
    logger: silentLogger,
  });
  process.stdout.write('ready\n');
  // Stay up, like the app, until stopped.
  const keepAlive = setInterval(() => {}, 60_000);
  process.on('SIGTERM', () => {
    clearInterval(keepAlive);
    void core.close().then(() => process.exit(0));
  });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
