import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core, type CoreOverrides } from '../../electron/core/hub';
import { silentLogger } from '../../electron/core/logging/console-logger';
import { createPlaintextCipher } from '../../electron/core/secrets/plaintext-cipher';
import { openConfBackend } from '../../electron/core/settings/conf-backend';
import type { NewEvent } from '../../electron/core/outbox/outbox';
import { sourceResultsWriter } from '../support/results-writer';

export interface BenchCore extends Core {
  dataDir: string;
  setOnline(online: boolean): void;
}

/** A real core (SQLite on disk, axios sender) in a fresh folder, for measuring. */
export function openBenchCore(
  overrides: CoreOverrides = {},
  dataDir = mkdtempSync(join(tmpdir(), 'hub-bench-')),
): BenchCore {
  let online = true;
  const watchers = new Set<() => void>();
  const core = openCore(
    {
      dataDir,
      mode: 'browser',
      appVersion: 'bench',
      cipher: createPlaintextCipher('bench'),
      openSettings: openConfBackend,
      connectivity: { isOnline: () => online, watch: (cb) => (watchers.add(cb), () => watchers.delete(cb)) },
      logger: silentLogger,
      resultsWriter: process.env.BENCH_MAIN_THREAD_WRITES ? undefined : sourceResultsWriter,
    },
    overrides,
  );
  return {
    ...core,
    dataDir,
    setOnline(next) {
      online = next;
      for (const cb of watchers) cb();
    },
  };
}

/** A partner that takes everything the bench sends, as fast as the engine allows. */
export async function addBenchPartner(core: Core, url: string): Promise<void> {
  const result = await core.call('partners.create', {
    name: 'Bench receiver',
    url,
    enabled: true,
    eventTypes: ['order.created', 'order.updated'],
    header: { name: 'X-Api-Key', value: { action: 'set', value: 'bench-key-000000000000' } },
    signingSecret: 'generate',
    timeoutSeconds: 15,
    rateLimitPerSecond: 10_000,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
}

/** An order event about its own check, so per-check ordering never serialises the drain. */
export function benchOrder(n: number): NewEvent {
  return {
    type: 'order.created',
    resource: { type: 'order', id: `chk_${n}` },
    summary: `Check #${n} · Table ${n % 40}`,
    data: {
      check: {
        number: n,
        source: 'olo',
        table: `T${n % 40}`,
        lines: [
          { item: 'Margherita', quantity: 2, price: { amount: 1250, currency: 'EUR' } },
          { item: 'Lemonade', quantity: 1, price: { amount: 350, currency: 'EUR' } },
        ],
        total: { amount: 2850, currency: 'EUR' },
      },
    },
    routing: { orderSource: 'olo' },
  };
}
