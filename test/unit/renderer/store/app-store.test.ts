import { describe, expect, it, vi } from 'vitest';
import type { PartnerView } from '../../../../shared/domain/partners';
import { connectEvents, healthRefreshMs } from '../../../../renderer/src/store/connect-events';
import { createAppStore } from '../../../../renderer/src/store/create-app-store';
import { fakeCore, flush } from './fake-core';

function partner(id: string, name: string): PartnerView {
  return {
    id,
    name,
    url: 'https://example.com/h',
    enabled: true,
    eventTypes: ['order.created'],
    header: { name: '', value: { set: false, masked: null } },
    signingSecret: { set: false, masked: null },
    signingRotation: null,
    held: false,
    timeoutSeconds: 15,
    rateLimitPerSecond: 10,
    orderDeadlines: { createdMinutes: 5, otherMinutes: 15 },
    createdAt: '',
    updatedAt: '',
  };
}

const info = {
  name: 'Integration Hub',
  version: '1',
  mode: 'browser' as const,
  dataDir: '/d',
  secrets: { encrypted: false, description: 'd' },
  notices: [],
};

describe('the app store', () => {
  it('refetches the scope named by settings.changed', async () => {
    let list = [partner('a', 'Acme')];
    const fake = fakeCore({ 'partners.list': () => ({ ok: true, value: list }) });
    const store = createAppStore(fake.connection.api);
    connectEvents(store, fake.connection);
    await store.getState().loadPartners();
    expect(store.getState().partners.ids).toEqual(['a']);

    list = [partner('a', 'Acme'), partner('b', 'Beta')];
    fake.emit('settings.changed', { scope: 'partners' });
    await flush();
    expect(store.getState().partners.ids).toEqual(['a', 'b']);
    expect(store.getState().partners.byId.b?.name).toBe('Beta');
  });

  it('keeps a rotated partner’s masked view, never the new secret the rotation returns once (#14)', async () => {
    const secret = `whsec_${'k'.repeat(43)}=`;
    const rotation = {
      rotatedAt: '2026-11-22T12:00:00.000Z',
      oldSecretStopsAt: '2026-11-23T12:00:00.000Z',
      oldSecret: { set: true as const, masked: '••••abcd' },
    };
    const rotated: PartnerView = {
      ...partner('a', 'Acme'),
      signingSecret: { set: true, masked: '••••k=' },
      signingRotation: rotation,
    };
    const fake = fakeCore({
      'partners.list': () => ({ ok: true, value: [partner('a', 'Acme')] }),
      'partners.rotateSigningSecret': () => ({ ok: true, value: { partner: rotated, signingSecret: secret } }),
      'partners.endSigningOverlap': () => ({ ok: true, value: { ...rotated, signingRotation: null } }),
    });
    const store = createAppStore(fake.connection.api);
    await store.getState().loadPartners();
    const result = await store.getState().rotateSigningSecret({ id: 'a', overlapHours: 24 });
    expect(result.ok && result.value.signingSecret).toBe(secret);
    expect(store.getState().partners.byId.a?.signingRotation).toEqual(rotation);
    expect(JSON.stringify(store.getState())).not.toContain(secret);
    await store.getState().endSigningOverlap('a');
    expect(store.getState().partners.byId.a?.signingRotation).toBeNull();
  });

  it('drops a notice another window already dismissed (the core answers not_found)', async () => {
    const notice = { id: 'n1', level: 'warning' as const, message: 'm', createdAt: '' };
    const fake = fakeCore({
      'app.info': () => ({ ok: true, value: { ...info, notices: [notice] } }),
      'app.dismissNotice': () => ({ ok: false, error: { code: 'not_found', message: 'That notice was not found.' } }),
    });
    const store = createAppStore(fake.connection.api);
    await store.getState().loadAppInfo();
    await store.getState().dismissNotice('n1');
    expect(store.getState().app.info?.notices).toEqual([]);
  });

  it('takes pushed status and notices, once each', async () => {
    const fake = fakeCore({ 'app.info': () => ({ ok: true, value: info }) });
    const store = createAppStore(fake.connection.api);
    connectEvents(store, fake.connection);
    await store.getState().loadAppInfo();
    const acme = { id: 'partner:a', name: 'Acme', state: 'failing' as const, reason: null, failure: null };
    const status = { online: false, queued: 3, retrying: 0, held: 0, failingPartners: [acme], heldPartners: [] };
    fake.emit('system.status', structuredClone(status));
    const notice = { id: 'n1', level: 'warning' as const, message: 'm', createdAt: '' };
    fake.emit('app.notice', notice);
    fake.emit('app.notice', notice);
    expect(store.getState().app.status).toEqual(status);
    expect(store.getState().app.info?.notices).toEqual([notice]);
  });

  it('refetches the status once the event stream is live, and loaded scopes after it reconnects', async () => {
    const fake = fakeCore({
      'app.info': () => ({ ok: true, value: info }),
      'system.status': () => ({
        ok: true,
        value: { online: true, queued: 0, retrying: 0, held: 0, failingPartners: [], heldPartners: [] },
      }),
      'partners.list': () => ({ ok: true, value: [] }),
    });
    const store = createAppStore(fake.connection.api);
    connectEvents(store, fake.connection);
    await store.getState().loadPartners();
    fake.link('connected');
    await flush();
    // Whatever changed between the first status and the stream going live was pushed to nobody.
    // Late orders too: found at start, they were pushed before anyone listened (#14).
    expect(fake.methods()).toEqual(['partners.list', 'system.status', 'deliveries.lateOrders']);

    fake.link('reconnecting');
    fake.link('connected');
    await flush();
    // The partners were on screen, so their health figures are fetched again too.
    expect(fake.methods().slice(3).sort()).toEqual([
      'app.info',
      'deliveries.health',
      'deliveries.lateOrders',
      'partners.list',
      'system.status',
    ]);
    expect(store.getState().app.link).toBe('connected');
  });

  it('drops a deleted partner, also when someone else deleted it first', async () => {
    const fake = fakeCore({
      'partners.list': () => ({ ok: true, value: [partner('a', 'Acme'), partner('b', 'Beta')] }),
      'partners.delete': (input) =>
        (input as { id: string }).id === 'a'
          ? { ok: true, value: { id: 'a' } }
          : { ok: false, error: { code: 'not_found', message: 'gone' } },
    });
    const store = createAppStore(fake.connection.api);
    await store.getState().loadPartners();
    await store.getState().deletePartner('a');
    await store.getState().deletePartner('b');
    expect(store.getState().partners.ids).toEqual([]);
  });

  it('reloads the health charts on screen when deliveries change, at most once per period', async () => {
    vi.useFakeTimers();
    try {
      const series = { range: '24h', from: '', to: '', bucketMs: 3_600_000, destinations: [] };
      const fake = fakeCore({ 'deliveries.healthSeries': () => ({ ok: true, value: series }) });
      const store = createAppStore(fake.connection.api);
      connectEvents(store, fake.connection);
      const seriesCalls = (): number => fake.methods().filter((method) => method === 'deliveries.healthSeries').length;
      const changed = (id: number) => fake.emit('deliveries.changed', { deliveries: [{ id, state: 'delivered' }] });

      // No chart open: nothing to reload.
      changed(1);
      await vi.advanceTimersByTimeAsync(0);
      expect(seriesCalls()).toBe(0);

      await store.getState().loadHealthSeries('24h');
      for (let id = 2; id < 30; id++) changed(id);
      await vi.advanceTimersByTimeAsync(healthRefreshMs - 1);
      expect(seriesCalls()).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(seriesCalls()).toBe(2);
      expect(store.getState().health.series['24h']).toEqual(series);
    } finally {
      vi.useRealTimers();
    }
  });
});
