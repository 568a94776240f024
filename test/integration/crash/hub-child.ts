// A hub in its own process for the crash test: publishes events until the
// database holds `total`, prints progress, and is SIGKILLed by the test at
// random moments. Run with `node --import tsx`.
import { openCore } from '../../../electron/core/hub';
import { silentLogger } from '../../../electron/core/logging/console-logger';
import { createPlaintextCipher } from '../../../electron/core/secrets/plaintext-cipher';
import { openConfBackend } from '../../../electron/core/settings/conf-backend';

const [dataDir = '', receiverUrl = '', totalArg = '2000'] = process.argv.slice(2);
const total = Number(totalArg);
const batch = 25;

const core = openCore({
  dataDir,
  mode: 'browser',
  appVersion: '0.0.0-crash',
  cipher: createPlaintextCipher('crash test'),
  openSettings: openConfBackend,
  connectivity: { isOnline: () => true, watch: () => () => {} },
  logger: silentLogger,
});

async function main(): Promise<void> {
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
  const count = (): number => (core.delivery.db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
  process.stdout.write('ready\n');
  let published = count();
  while (published < total) {
    const n = Math.min(batch, total - published);
    core.delivery.publish(
      Array.from({ length: n }, (_, i) => ({
        type: 'order.created' as const,
        resource: { type: 'order' as const, id: `chk_${published + i}` },
        summary: `Check #${published + i}`,
        data: { number: published + i },
        routing: { orderSource: 'olo' as const },
      })),
    );
    published += n;
    process.stdout.write(`published ${published}\n`);
    // Let the engine send between batches, as a real till would between orders.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await core.delivery.engine.whenIdle();
  process.stdout.write('idle\n');
  // Stay up, like the app, until the test stops us.
  setInterval(() => {}, 60_000);
  process.on('SIGTERM', () => void core.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
