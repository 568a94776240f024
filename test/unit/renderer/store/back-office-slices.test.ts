import { describe, expect, it } from 'vitest';
import type { Check } from '../../../../shared/domain/checks';
import { connectEvents } from '../../../../renderer/src/store/connect-events';
import { createAppStore } from '../../../../renderer/src/store/create-app-store';
import { fakeCore, flush } from './fake-core';

function check(id: string, number: number, status: Check['status'], openedAt: string): Check {
  return {
    id,
    number,
    source: 'pos',
    table: '',
    guests: null,
    notes: '',
    status,
    currency: 'EUR',
    taxRateBps: 1900,
    taxIncluded: true,
    lines: [],
    subtotal: 0,
    tax: 0,
    total: 0,
    openedAt,
    closedAt: status === 'closed' ? '2026-11-22T20:00:00Z' : null,
    cancelledAt: null,
    cancelReason: null,
    cancelledBy: null,
    updatedAt: openedAt,
  };
}

describe('the back-office slices', () => {
  it('files a check under open or done by the status the core returns', async () => {
    const a = check('a', 1001, 'open', '2026-11-22T18:00:00Z');
    const b = check('b', 1002, 'open', '2026-11-22T19:00:00Z');
    const core = fakeCore({
      'checks.list': (input) => ({ ok: true, value: (input as { status: string }).status === 'open' ? [b, a] : [] }),
      'checks.close': () => ({ ok: true, value: { ...a, status: 'closed', closedAt: '2026-11-22T20:00:00Z' } }),
    });
    const store = createAppStore(core.connection.api);
    await store.getState().loadChecks();
    expect(store.getState().checks.openIds).toEqual(['b', 'a']);
    await store.getState().closeCheck('a');
    expect(store.getState().checks.openIds).toEqual(['b']);
    expect(store.getState().checks.doneIds).toEqual(['a']);
    expect(store.getState().checks.byId.a?.status).toBe('closed');
  });

  it('asks routing.preview again when partners or order hooks change', async () => {
    let names = ['Menu Sync'];
    const core = fakeCore({
      'routing.preview': () => ({
        ok: true,
        value: { destinations: names.map((name) => ({ id: name, name, eventTypes: ['store.updated'] })) },
      }),
      'partners.list': () => ({ ok: true, value: [] }),
    });
    const store = createAppStore(core.connection.api);
    connectEvents(store, core.connection);
    await store.getState().loadRecipients(['store.updated']);
    expect(store.getState().recipients['store.updated|']?.destinations?.map((d) => d.name)).toEqual(['Menu Sync']);

    names = [];
    core.emit('settings.changed', { scope: 'partners' });
    await flush();
    expect(store.getState().recipients['store.updated|']?.destinations).toEqual([]);
  });

  it('refetches only what screens loaded when domain.changed names their scope', async () => {
    const core = fakeCore({
      'store.get': () => ({ ok: false, error: { code: 'internal', message: 'down' } }),
      'checks.list': () => ({ ok: true, value: [] }),
    });
    const store = createAppStore(core.connection.api);
    connectEvents(store, core.connection);
    await store.getState().loadChecks();
    core.calls.length = 0;

    core.emit('domain.changed', { scope: 'checks' });
    core.emit('domain.changed', { scope: 'store' });
    core.emit('domain.changed', { scope: 'menus' });
    await flush();
    // Checks were loaded, so they are fetched again; the store and menus were never opened.
    expect(core.calls.map((call) => call.method)).toEqual(['checks.list', 'checks.list', 'checks.list']);
  });
});
