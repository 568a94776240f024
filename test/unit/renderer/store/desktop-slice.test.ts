import { describe, expect, it } from 'vitest';
import { connectEvents } from '../../../../renderer/src/store/connect-events';
import { createAppStore } from '../../../../renderer/src/store/create-app-store';
import { fakeCore, flush } from './fake-core';

describe('the desktop settings in the store', () => {
  it('loads, saves at once, and refetches when another window changed them', async () => {
    let stored = { available: true, startAtLogin: true };
    const fake = fakeCore({
      'desktop.get': () => ({ ok: true, value: stored }),
      'desktop.save': (input) => {
        stored = { available: true, ...(input as { startAtLogin: boolean }) };
        return { ok: true, value: stored };
      },
    });
    const store = createAppStore(fake.connection.api);
    connectEvents(store, fake.connection);
    await store.getState().loadDesktop();
    expect(store.getState().desktop.settings).toEqual({ available: true, startAtLogin: true });

    await store.getState().setStartAtLogin(false);
    expect(fake.calls.at(-1)).toEqual({ method: 'desktop.save', input: { startAtLogin: false } });
    expect(store.getState().desktop).toMatchObject({ settings: { startAtLogin: false }, saving: false });

    stored = { available: true, startAtLogin: true };
    fake.emit('settings.changed', { scope: 'desktop' });
    await flush();
    expect(store.getState().desktop.settings?.startAtLogin).toBe(true);
  });

  it('keeps the saved value and says why when a save is refused', async () => {
    const fake = fakeCore({
      'desktop.get': () => ({ ok: true, value: { available: false, startAtLogin: false } }),
      'desktop.save': () => ({
        ok: false,
        error: { code: 'validation_failed', message: 'Start at login is a setting of the desktop app.' },
      }),
    });
    const store = createAppStore(fake.connection.api);
    await store.getState().loadDesktop();
    await store.getState().setStartAtLogin(true);
    expect(store.getState().desktop).toMatchObject({
      settings: { startAtLogin: false },
      saving: false,
      saveError: 'Start at login is a setting of the desktop app.',
    });
  });
});
