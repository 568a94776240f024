import { openCore } from '../../electron/core/hub';
import { silentLogger } from '../../electron/core/logging/console-logger';
import { createPlaintextCipher } from '../../electron/core/secrets/plaintext-cipher';
import { openConfBackend } from '../../electron/core/settings/conf-backend';
import type { Check } from '../../shared/domain/checks';
import type { DeliveryPage } from '../../shared/domain/deliveries';
import { partnerInput } from './partner-input';

export interface LateOrderWritten {
  partner: string;
  checkNumber: number;
  deliveryId: number;
  /** When the check was opened, epoch ms. */
  openedAt: number;
}

/** Nothing listens on the discard port on a test machine: every try is refused at once. */
const unreachable = 'http://127.0.0.1:9/orders';

/**
 * A data folder as a restaurant leaves it when the PC went off mid-service: a
 * partner that never answered, and a new order for it opened `minutesAgo` minutes
 * ago, tried and refused. Written by the real core on a clock set back by that
 * much, then closed — the hub started on the folder next must find it late at once.
 */
export async function writeLateOrder(dataDir: string, minutesAgo: number): Promise<LateOrderWritten> {
  const then = Date.now() - minutesAgo * 60_000;
  const core = openCore({
    dataDir,
    mode: 'browser',
    appVersion: 'late-order',
    cipher: createPlaintextCipher('late-order'),
    openSettings: openConfBackend,
    connectivity: { isOnline: () => true, watch: () => () => undefined },
    clock: { now: () => new Date(then) },
    logger: silentLogger,
  });
  try {
    const partner = 'Deliveroo';
    const created = await core.call('partners.create', partnerInput({ name: partner, url: unreachable }));
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const check = await core.call('checks.open', { source: 'olo', table: '12', guests: 2, notes: '', lines: [] });
    if (!check.ok) throw new Error(JSON.stringify(check.error));
    await core.delivery.engine.whenIdle();
    const page = await core.call('deliveries.list', { filter: { eventTypes: ['order.created'] } });
    const deliveryId = page.ok ? (page.value as DeliveryPage).items[0]?.id : undefined;
    if (deliveryId === undefined) throw new Error('The order made no delivery.');
    return { partner, checkNumber: (check.value as Check).number, deliveryId, openedAt: then };
  } finally {
    await core.close();
  }
}
