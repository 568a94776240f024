import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { signWebhook } from '../../../../../electron/core/delivery/sign';

const secret = `whsec_${Buffer.from('a 32-byte key for the unit test!').toString('base64')}`;
const body = '{"id":"msg_1","type":"order.created","data":{"total":1250}}';

function headers(msgId: string, timestamp: number, signature: string): Record<string, string> {
  return { 'webhook-id': msgId, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
}

describe('signWebhook', () => {
  it('produces a signature the Standard Webhooks reference implementation accepts', () => {
    const now = Math.floor(Date.now() / 1000);
    const signature = signWebhook(secret, 'msg_1', now, body);
    expect(signature).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(new Webhook(secret).verify(body, headers('msg_1', now, signature))).toEqual(JSON.parse(body));
  });

  it('matches the reference implementation byte for byte, including non-ASCII bodies', () => {
    const at = new Date('2026-03-04T05:06:07Z');
    const unicode = '{"name":"Crème brûlée 🍮"}\n';
    expect(signWebhook(secret, 'msg_2', at.getTime() / 1000, unicode)).toBe(
      new Webhook(secret).sign('msg_2', at, unicode),
    );
  });

  it('fails verification when the body, id or timestamp is tampered with', () => {
    const now = Math.floor(Date.now() / 1000);
    const signature = signWebhook(secret, 'msg_1', now, body);
    const webhook = new Webhook(secret);
    expect(() => webhook.verify(body.replace('1250', '1'), headers('msg_1', now, signature))).toThrow();
    expect(() => webhook.verify(body, headers('msg_2', now, signature))).toThrow();
    expect(() => webhook.verify(body, headers('msg_1', now - 1, signature))).toThrow();
  });

  it('rejects a secret with no key in it', () => {
    expect(() => signWebhook('whsec_', 'msg_1', 1, body)).toThrow(RangeError);
  });
});
