import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { StoreStatus, StoreView } from '../../../../shared/domain/store';
import { StoreStatusBanner } from '../../../../renderer/src/app/store-status-banner';
import { connectEvents } from '../../../../renderer/src/store/connect-events';
import { createAppStore, type AppStore } from '../../../../renderer/src/store/create-app-store';
import { StoreProvider } from '../../../../renderer/src/store/store-context';
import { storeView } from '../store-view';
import { fakeCore, flush } from '../store/fake-core';

const view = (status: StoreStatus): StoreView => storeView({ status });

/**
 * The banner as the app frame renders it, on the Deliveries screen, from the store as it is now.
 * (Rendered to a string: server rendering reads a zustand store's initial state, so the store
 * is handed over with its current state as the initial one.)
 */
const banner = (store: AppStore): string =>
  renderToStaticMarkup(
    createElement(StoreProvider, {
      store: { ...store, getInitialState: store.getState },
      children: createElement(MemoryRouter, { initialEntries: ['/deliveries'] }, createElement(StoreStatusBanner)),
    }),
  );

describe('the store status banner', () => {
  it('shows while paused and goes when the core pushes that the pause ended', async () => {
    let status: StoreStatus = { state: 'paused', until: '2030-06-01T21:45:00+02:00' };
    const core = fakeCore({ 'store.get': () => ({ ok: true, value: view(status) }) });
    const store = createAppStore(core.connection.api);
    connectEvents(store, core.connection);
    await store.getState().loadRestaurant();
    const shown = banner(store);
    expect(shown).toContain('aria-label="Store status"');
    expect(shown).toMatch(/Online ordering is paused until Jun 1, 2030, 9:45\sPM Berlin time\./);
    expect(shown).toContain('>Resume</button>');
    expect(shown).toContain('href="/store"');

    // The core's pause expiry reopened the store: it pushes domain.changed, and nothing else.
    status = { state: 'open' };
    core.emit('domain.changed', { scope: 'store' });
    await flush();
    expect(core.methods().filter((method) => method === 'store.get')).toHaveLength(2);
    expect(banner(store)).toBe('');
  });

  it('says busy with its delay, and offers to resume normal', async () => {
    const core = fakeCore({ 'store.get': () => ({ ok: true, value: view({ state: 'busy', delayMinutes: 15 }) }) });
    const store = createAppStore(core.connection.api);
    await store.getState().loadRestaurant();
    expect(banner(store)).toContain('Busy: +15 min prep time on every order.');
    expect(banner(store)).toContain('>Resume normal</button>');
  });
});
