import { afterEach, describe, expect, it } from 'vitest';
import { createAxiosSender } from '../../../electron/core/delivery/axios-sender';
import type { WebhookSender } from '../../../electron/core/delivery/types';
import { message, target, userAgent } from './delivery-fixtures';
import { startReceiver, useReceivers } from './receiver';

useReceivers();
let sender: WebhookSender;
afterEach(() => sender.close());

describe('axios sender: connections', () => {
  it('reuses one keep-alive socket for consecutive sends to a partner', async () => {
    const receiver = await startReceiver((_req, res) => res.writeHead(200).end('ok'));
    sender = createAxiosSender({ userAgent });
    expect(await sender.send(target(receiver.url), message())).toMatchObject({ kind: 'delivered' });
    expect(await sender.send(target(receiver.url), message())).toMatchObject({ kind: 'delivered' });
    expect(receiver.requests).toHaveLength(2);
    expect(receiver.connections).toBe(1);
  });

  it('opens a new socket after close() dropped the pool', async () => {
    const receiver = await startReceiver((_req, res) => res.writeHead(200).end('ok'));
    sender = createAxiosSender({ userAgent });
    await sender.send(target(receiver.url), message());
    sender.close();
    sender = createAxiosSender({ userAgent });
    await sender.send(target(receiver.url), message());
    expect(receiver.connections).toBe(2);
  });
});
