import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PartnerInput } from '../../../../../shared/domain/partners';
import { openTestHub } from '../../../../support/test-hub';
import { useTempDir } from '../../../../support/temp-dir';
import { defaultOrderDeadlines } from '../../../../../shared/domain/order-deadlines';

const newDir = useTempDir();
const partner = (overrides: Partial<PartnerInput> = {}): PartnerInput => ({
  name: 'Deliverect',
  url: 'https://api.deliverect.example/hooks',
  enabled: true,
  eventTypes: ['order.created', 'menu.updated'],
  header: { name: 'X-Api-Key', value: { action: 'set', value: 'partner-key-0000abcd' } },
  signingSecret: 'generate',
  timeoutSeconds: 15,
  rateLimitPerSecond: 10,
  orderDeadlines: { ...defaultOrderDeadlines },
  ...overrides,
});

describe('Partners', () => {
  it('creates a partner and returns the generated signing secret once, masked afterwards', async () => {
    const dir = newDir();
    const hub = await openTestHub(dir);
    const saved = await hub.value('partners.create', partner());
    expect(saved.signingSecret).toMatch(/^whsec_/);
    expect(saved.partner.signingSecret).toEqual({ set: true, masked: `••••${saved.signingSecret?.slice(-4)}` });
    expect(saved.partner.header).toEqual({ name: 'X-Api-Key', value: { set: true, masked: '••••abcd' } });
    await hub.close();

    const list = await (await openTestHub(dir)).value('partners.list', {});
    expect(list.map((p) => p.name)).toEqual(['Deliverect']);
    const everything = JSON.stringify(list) + readFileSync(join(dir, 'settings.json'), 'utf8');
    expect(everything).not.toContain(saved.signingSecret);
    expect(everything).not.toContain('partner-key-0000abcd');
  });

  it('edits keep secrets unless asked, and rotation returns a new secret', async () => {
    const hub = await openTestHub(newDir());
    const { partner: created, signingSecret } = await hub.value('partners.create', partner());
    const edited = await hub.value('partners.update', {
      ...partner({
        name: 'Deliverect EU',
        header: { name: 'X-Api-Key', value: { action: 'keep' } },
        signingSecret: 'keep',
      }),
      id: created.id,
    });
    expect(edited.signingSecret).toBeUndefined();
    expect(edited.partner).toMatchObject({ name: 'Deliverect EU', header: { value: { masked: '••••abcd' } } });
    expect(edited.partner.signingSecret).toEqual(created.signingSecret);

    const rotated = await hub.value('partners.update', { ...partner({ signingSecret: 'generate' }), id: created.id });
    expect(rotated.signingSecret).toMatch(/^whsec_/);
    expect(rotated.signingSecret).not.toBe(signingSecret);

    const cleared = await hub.value('partners.update', {
      ...partner({ header: { name: '', value: { action: 'clear' } }, signingSecret: 'clear' }),
      id: created.id,
    });
    expect(cleared.partner.header).toEqual({ name: '', value: { set: false, masked: null } });
    expect(cleared.partner.signingSecret).toEqual({ set: false, masked: null });
  });

  it('enables, disables and deletes, answering not_found for a missing id', async () => {
    const hub = await openTestHub(newDir());
    const { partner: created } = await hub.value('partners.create', partner());
    expect((await hub.value('partners.setEnabled', { id: created.id, enabled: false })).enabled).toBe(false);
    expect(await hub.value('partners.delete', { id: created.id })).toEqual({ id: created.id });
    expect(await hub.value('partners.list', {})).toEqual([]);
    expect(await hub.call('partners.delete', { id: created.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await hub.call('partners.update', { ...partner(), id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('refuses a header name whose value is missing, and creates nothing', async () => {
    const hub = await openTestHub(newDir());
    const result = await hub.call(
      'partners.create',
      partner({ header: { name: 'X-Api-Key', value: { action: 'keep' } } }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', issues: [{ path: 'header.value' }] },
    });
    expect(await hub.value('partners.list', {})).toEqual([]);
  });
});
