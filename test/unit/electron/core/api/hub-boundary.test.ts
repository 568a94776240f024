import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { OrderHooksInput } from '../../../../../shared/domain/order-hooks';
import { openTestHub } from '../../../../support/test-hub';
import { useTempDir } from '../../../../support/temp-dir';

const newDir = useTempDir();

const seedPage: OrderHooksInput = {
  requestHeader: { apiKey: 'X-Partner-Key', value: { action: 'set', value: 'sk_live_abcdef123456' } },
  openOrder: { url: 'https://partner.example.com/open', enabled: true },
  updateOrder: { url: 'https://partner.example.com/update', enabled: true },
  closeOrder: { url: 'https://partner.example.com/close', enabled: true },
  thirdOrderActive: true,
};

describe('the core boundary', () => {
  it('answers an unknown method with unknown_method, as data', async () => {
    const hub = await openTestHub(newDir());
    for (const name of ['orders.nuke', 'constructor', '__proto__', 42, null]) {
      const result = await hub.call(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });

  it('rejects malformed input with field issues and changes nothing on disk', async () => {
    const dir = newDir();
    const hub = await openTestHub(dir);
    await hub.value('orderHooks.save', seedPage);
    const before = readFileSync(join(dir, 'settings.json'), 'utf8');
    const secretsBefore = readFileSync(join(dir, 'secrets.json'), 'utf8');

    const result = await hub.call('orderHooks.save', {
      ...seedPage,
      requestHeader: { apiKey: 'X-Partner-Key', value: { action: 'set', value: 'new\r\nvalue' } },
      openOrder: { url: 'ftp://partner.example.com', enabled: true },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation_failed');
    expect(result.error.issues?.map((i) => i.path).sort()).toEqual(['openOrder.url', 'requestHeader.value.value']);
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).toBe(secretsBefore);
    expect((await hub.value('orderHooks.get', {})).openOrder.url).toBe('https://partner.example.com/open');
  });

  it('rejects a non-object input without throwing', async () => {
    const hub = await openTestHub(newDir());
    for (const input of ['x', [], 7, true]) {
      expect(await hub.call('orderHooks.save', input)).toMatchObject({
        ok: false,
        error: { code: 'validation_failed' },
      });
    }
  });

  it('starts with defaults and a notice when the settings file is garbage', async () => {
    const dir = newDir();
    writeFileSync(join(dir, 'settings.json'), 'not json at all {{{');
    const hub = await openTestHub(dir);
    const info = await hub.value('app.info', {});
    expect(info.notices).toHaveLength(1);
    expect(info.notices[0]?.message).toMatch(/could not be read/);
    expect(readdirSync(dir).some((f) => f.startsWith('settings.corrupt-'))).toBe(true);
    expect((await hub.value('orderHooks.get', {})).openOrder).toEqual({ url: '', enabled: false });

    const afterDismiss = await hub.value('app.dismissNotice', { id: info.notices[0]?.id ?? '' });
    expect(afterDismiss.notices).toEqual([]);
  });

  it('reports how secrets are protected on this machine', async () => {
    const hub = await openTestHub(newDir());
    expect((await hub.value('app.info', {})).secrets).toEqual({
      encrypted: false,
      description: 'Test machine: no OS encryption.',
    });
  });

  it('pushes the online state when connectivity changes', async () => {
    const hub = await openTestHub(newDir());
    const seen: unknown[] = [];
    hub.subscribe((event, payload) => seen.push([event, payload]));
    hub.connectivity.set(false);
    expect(seen).toEqual([
      ['system.status', { online: false, queued: 0, retrying: 0, held: 0, failingPartners: [], heldPartners: [] }],
    ]);
    expect(await hub.value('system.status', {})).toMatchObject({ online: false });
  });

  it('answers not_found for ids it does not know, and changes nothing', async () => {
    const dir = newDir();
    const hub = await openTestHub(dir);
    for (const [method, input] of [
      ['app.dismissNotice', { id: 'no-such-notice' }],
      ['deliveries.cancelResend', { jobId: 'resend_no-such-job' }],
      ['deliveries.resumeDestination', { destinationId: 'partner:no-such-partner' }],
    ] as const) {
      expect(await hub.call(method, input)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    await hub.close();
    const db = new DatabaseSync(join(dir, 'hub.sqlite'), { readOnly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM destination_health').get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses header values HTTP cannot carry, naming the character, and stores nothing', async () => {
    const dir = newDir();
    const hub = await openTestHub(dir);
    const cyrillic = await hub.call('orderHooks.save', {
      ...seedPage,
      requestHeader: { apiKey: 'X-Partner-Key', value: { action: 'set', value: 'ключ-12345678' } },
    });
    expect(cyrillic).toMatchObject({
      ok: false,
      error: {
        code: 'validation_failed',
        issues: [{ path: 'requestHeader.value.value', message: expect.stringContaining('“к” (U+043A)') as string }],
      },
    });
    const emoji = await hub.call('partners.create', {
      name: 'Loyalty',
      url: 'https://loyalty.example/hook',
      enabled: true,
      eventTypes: ['order.created'],
      header: { name: 'X-Key', value: { action: 'set', value: 'key-🔑-0001' } },
      signingSecret: 'keep',
      timeoutSeconds: 5,
      rateLimitPerSecond: 10,
    });
    expect(emoji).toMatchObject({
      ok: false,
      error: { issues: [{ message: expect.stringContaining('“🔑” (U+1F511)') as string }] },
    });
    expect(await hub.value('partners.list', {})).toEqual([]);
    expect(readdirSync(dir)).not.toContain('secrets.json');
  });

  it('stores a URL trimmed and normalised, as it will be called, and refuses one with a line break', async () => {
    const hub = await openTestHub(newDir());
    const saved = await hub.value('orderHooks.save', {
      ...seedPage,
      openOrder: { url: '  HTTPS://Partner.Example.COM/Open  ', enabled: true },
    });
    expect(saved.openOrder.url).toBe('https://partner.example.com/Open');
    const broken = await hub.call('orderHooks.save', {
      ...seedPage,
      openOrder: { url: 'https://partner.example.com/op\nen', enabled: true },
    });
    expect(broken).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'openOrder.url', message: expect.stringMatching(/line break/) as string }] },
    });
  });
});
