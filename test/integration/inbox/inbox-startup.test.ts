import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventTypes } from '../../../shared/domain/event-types';
import { samplePartnerName } from '../../../electron/core/inbox/inbox-startup';
import { openTestCore, type TestCore } from '../../support/test-core';
import { useTempDir } from '../../support/temp-dir';
import { partnerInput } from '../../support/partner-input';

const newDir = useTempDir();
let cores: TestCore[] = [];
let blockers: Server[] = [];
afterEach(async () => {
  await Promise.all(cores.map((core) => core.close()));
  for (const blocker of blockers) blocker.close();
  cores = [];
  blockers = [];
});

/** Opens the core on `dir` and starts its inbox the way the app does. */
async function start(dir: string, samplePartner?: boolean): Promise<TestCore> {
  const core = openTestCore(dir, {}, { samplePartner });
  cores.push(core);
  await core.startInbox();
  return core;
}

async function restart(core: TestCore, dir: string): Promise<TestCore> {
  await core.close();
  return start(dir);
}

/** Another program takes the inbox's port while the app is closed. */
async function occupy(port: number): Promise<void> {
  const blocker = createServer();
  blocker.listen(port, '127.0.0.1');
  await once(blocker, 'listening');
  blockers.push(blocker);
}

describe('The Test Inbox at start-up and the first-run sample partner', () => {
  it('on a first run adds a signed sample partner pointing at the inbox and sends it a test event', async () => {
    const core = await start(newDir());
    const partners = await core.value('partners.list', {});
    expect(partners).toHaveLength(1);
    expect(partners[0]).toMatchObject({
      name: samplePartnerName,
      url: core.inbox.url,
      enabled: true,
      eventTypes: [...eventTypes],
    });
    expect(partners[0]?.signingSecret.set).toBe(true);

    await core.idle();
    const [entry, ...rest] = await core.value('inbox.list', {});
    expect(rest).toHaveLength(0);
    expect(entry).toMatchObject({ path: '/inbox', signature: 'valid', verifiedFor: samplePartnerName });
    const log = await core.value('deliveries.list', { filter: {} });
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({
      eventType: 'webhook.test',
      destinationName: samplePartnerName,
      state: 'delivered',
    });

    // Every change now flows to it, with nothing configured.
    await core.value('store.setStatus', { status: { state: 'busy', delayMinutes: 15 } });
    await core.idle();
    expect(
      (await core.value('inbox.list', {})).map((e) => JSON.parse(e.body) as { type: string }).map((b) => b.type),
    ).toContain('store.updated');
  });

  it('listens on the same port after a restart and does not add the sample partner again', async () => {
    const dir = newDir();
    const first = await start(dir);
    const { url, port } = first.inbox;
    await first.idle();
    const again = await restart(first, dir);
    expect(again.inbox.port).toBe(port);
    expect(again.inbox.url).toBe(url);
    expect(await again.value('partners.list', {})).toHaveLength(1);
    await again.idle();
    expect(await again.value('inbox.list', {})).toHaveLength(0);
  });

  it('moves to a free port when its port is taken, and re-points what pointed at it (and nothing else)', async () => {
    const dir = newDir();
    const first = await start(dir);
    const oldUrl = first.inbox.url ?? '';
    const oldPort = first.inbox.port ?? 0;
    const [sample] = await first.value('partners.list', {});
    const elsewhere = 'http://127.0.0.1:9/elsewhere';
    await first.value('partners.create', partnerInput({ name: 'Elsewhere', url: elsewhere, enabled: false }));
    await first.value('orderHooks.save', {
      requestHeader: { apiKey: '', value: { action: 'keep' } },
      openOrder: { url: `${oldUrl}/open?x=1`, enabled: true },
      updateOrder: { url: '', enabled: false },
      closeOrder: { url: '', enabled: false },
      thirdOrderActive: false,
    });
    await first.idle();
    await first.close();
    await occupy(oldPort);

    const moved = await start(dir);
    expect(moved.inbox.port).not.toBe(oldPort);
    const partners = await moved.value('partners.list', {});
    expect(partners.find((p) => p.id === sample?.id)?.url).toBe(moved.inbox.url);
    expect(partners.find((p) => p.name === 'Elsewhere')?.url).toBe(elsewhere);
    expect((await moved.value('orderHooks.get', {})).openOrder.url).toBe(`${moved.inbox.url}/open?x=1`);
    const notice = moved.pushed.find((p) => p.event === 'app.notice');
    expect(JSON.stringify(notice?.payload)).toContain(`from port ${oldPort}`);

    // The moved partner is reachable at the new address.
    await moved.value('partners.sendTest', { id: sample?.id ?? '' });
    await moved.idle();
    expect(await moved.value('inbox.list', {})).toHaveLength(1);
  });

  it('adds no sample partner when turned off, or when a corrupt settings file was set aside (not a first run)', async () => {
    const off = await start(newDir(), false);
    expect(await off.value('partners.list', {})).toHaveLength(0);

    const dir = newDir();
    writeFileSync(join(dir, 'settings.json'), '{ not json');
    const corrupt = await start(dir);
    expect(await corrupt.value('partners.list', {})).toHaveLength(0);
  });
});
