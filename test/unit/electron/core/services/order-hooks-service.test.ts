import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OrderHooksInput } from '../../../../../shared/domain/order-hooks';
import { openTestHub } from '../../../../support/test-hub';
import { useTempDir } from '../../../../support/temp-dir';

const newDir = useTempDir();
const secret = 'sk_live_abcdef123456';
const page = (value: OrderHooksInput['requestHeader']['value'], apiKey = 'X-Partner-Key'): OrderHooksInput => ({
  requestHeader: { apiKey, value },
  openOrder: { url: 'https://partner.example.com/open', enabled: true },
  updateOrder: { url: '', enabled: false },
  closeOrder: { url: 'https://partner.example.com/close', enabled: false },
  thirdOrderActive: false,
});

describe('Order Webhook Settings', () => {
  it('saves the page, survives a restart and returns the Value masked, never in full', async () => {
    const dir = newDir();
    const first = await openTestHub(dir);
    const saved = await first.value('orderHooks.save', page({ action: 'set', value: secret }));
    await first.close();
    expect(saved.requestHeader).toEqual({ apiKey: 'X-Partner-Key', value: { set: true, masked: '••••3456' } });
    expect(saved.updatedAt).toBe('2026-11-22T12:00:00.000Z');

    const reopened = await openTestHub(dir);
    const view = await reopened.value('orderHooks.get', {});
    expect(view).toMatchObject({
      requestHeader: { apiKey: 'X-Partner-Key', value: { set: true, masked: '••••3456' } },
      openOrder: { url: 'https://partner.example.com/open', enabled: true },
      closeOrder: { url: 'https://partner.example.com/close', enabled: false },
    });
    expect(JSON.stringify(view)).not.toContain(secret);
    // The settings file holds the header name only; the value is in the secret store.
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).not.toContain(secret);
  });

  it('keeps the stored Value on keep, replaces it on set and removes it on clear', async () => {
    const hub = await openTestHub(newDir());
    await hub.value('orderHooks.save', page({ action: 'set', value: secret }));
    expect((await hub.value('orderHooks.save', page({ action: 'keep' }))).requestHeader.value.masked).toBe('••••3456');
    const replaced = await hub.value('orderHooks.save', page({ action: 'set', value: 'sk_live_zzzzzz999999' }));
    expect(replaced.requestHeader.value.masked).toBe('••••9999');
    const cleared = await hub.value('orderHooks.save', page({ action: 'clear' }, ''));
    expect(cleared.requestHeader).toEqual({ apiKey: '', value: { set: false, masked: null } });
  });

  it('refuses an API Key without a Value, and a kept Value without an API Key, saving nothing', async () => {
    const hub = await openTestHub(newDir());
    expect(await hub.call('orderHooks.save', page({ action: 'keep' }))).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', issues: [{ path: 'requestHeader.value' }] },
    });
    await hub.value('orderHooks.save', page({ action: 'set', value: secret }));
    expect(await hub.call('orderHooks.save', page({ action: 'keep' }, ''))).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'requestHeader.apiKey' }] },
    });
    expect((await hub.value('orderHooks.get', {})).requestHeader.apiKey).toBe('X-Partner-Key');
  });

  it('tells other windows the settings changed', async () => {
    const hub = await openTestHub(newDir());
    const events: string[] = [];
    hub.subscribe((event, payload) => events.push(`${event}:${JSON.stringify(payload)}`));
    await hub.value('orderHooks.save', page({ action: 'set', value: secret }));
    expect(events).toEqual(['settings.changed:{"scope":"orderHooks"}']);
  });
});
