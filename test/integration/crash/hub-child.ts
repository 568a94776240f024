// A hub in its own process for the crash test, opened like the app opens it.
// Started ahead by WarmChildren, then told `go <data-dir> <receiver-url> <checks>`:
// it opens `checks` checks through the Hub API as online orders (each an
// order.created for the partner) and prints `ack <check id>` as each answer
// arrives — what the operator would have seen as "saved". Then it waits until
// everything is sent, prints `idle` and stays up until the test stops it (or
// SIGKILLs it, at any moment before).
import { openCore } from '../../../electron/core/hub';
import { silentLogger } from '../../../electron/core/logging/console-logger';
import { createPlaintextCipher } from '../../../electron/core/secrets/plaintext-cipher';
import { openConfBackend } from '../../../electron/core/settings/conf-backend';
import type { Check } from '../../../shared/domain/checks';
import { sourceResultsWriter } from '../../support/results-writer';
import { waitForGo } from './warm-children';

const [dataDir = '', receiverUrl = '', checksArg = '0'] = await waitForGo();

const core = openCore({
  dataDir,
  mode: 'browser',
  appVersion: '0.0.0-crash',
  cipher: createPlaintextCipher('crash test'),
  openSettings: openConfBackend,
  connectivity: { isOnline: () => true, watch: () => () => {} },
  logger: silentLogger,
  // As the app does: results are written on their own thread (a kill takes it down mid-write too).
  resultsWriter: sourceResultsWriter,
});
process.stdout.write('ready\n');

const partners = await core.call('partners.list', {});
if (partners.ok && (partners.value as unknown[]).length === 0) {
  await core.call('partners.create', {
    name: 'Crash receiver',
    url: receiverUrl,
    enabled: true,
    eventTypes: ['order.created'],
    header: { name: '', value: { action: 'keep' } },
    signingSecret: 'keep',
    timeoutSeconds: 5,
    rateLimitPerSecond: 1000,
  });
}

for (let i = 0; i < Number(checksArg); i++) {
  const answer = await core.call('checks.open', {
    source: 'olo',
    table: `T${i % 20}`,
    guests: 2,
    notes: '',
    lines: [],
  });
  if (!answer.ok) throw new Error(`checks.open failed: ${JSON.stringify(answer.error)}`);
  process.stdout.write(`ack ${(answer.value as Check).id}\n`);
}
await core.delivery.engine.whenIdle();
process.stdout.write('idle\n');
const keepAlive = setInterval(() => {}, 60_000);
process.on('SIGTERM', () => {
  clearInterval(keepAlive);
  void core.close().then(() => process.exit(0));
});
