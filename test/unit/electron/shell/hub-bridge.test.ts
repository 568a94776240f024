import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { BridgeIpc } from '../../../../electron/shell/hub-bridge';
import { createHubBridge } from '../../../../electron/shell/hub-bridge';
import { ipcChannels } from '../../../../shared/contract/hub-api';

/** ipcRenderer stand-in: a real emitter (so listener counts are observable) plus a spy for invoke. */
function fakeIpc() {
  const emitter = new EventEmitter();
  const invoke = vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: 'core answer' }));
  // EventEmitter's signatures stand in for ipcRenderer's typed ones.
  const ipc = {
    invoke,
    on: emitter.on.bind(emitter),
    removeListener: emitter.removeListener.bind(emitter),
  } as unknown as BridgeIpc;
  const rawEvent = { sender: { secret: 'ipcRenderer' }, senderId: 0, ports: [] };
  const push = (name: string, payload: unknown): void => {
    emitter.emit(ipcChannels.event, rawEvent, name, payload);
  };
  return { ipc, invoke, emitter, push };
}

describe('preload hub bridge', () => {
  it('forwards contract methods over the call channel', async () => {
    const { ipc, invoke } = fakeIpc();
    const bridge = createHubBridge(ipc);
    await expect(bridge.call('partners.list', {})).resolves.toEqual({ ok: true, value: 'core answer' });
    expect(invoke).toHaveBeenCalledWith(ipcChannels.call, 'partners.list', {});
  });

  it('answers unknown methods with unknown_method data and sends nothing', async () => {
    const { ipc, invoke } = fakeIpc();
    const bridge = createHubBridge(ipc);
    for (const method of ['fs.readFile', '__proto__', 'constructor']) {
      await expect(bridge.call(method, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('gives listeners the payload only, never the raw IPC event', () => {
    const { ipc, push } = fakeIpc();
    const bridge = createHubBridge(ipc);
    const listener = vi.fn();
    bridge.on('settings.changed', listener);
    push('settings.changed', { scope: 'partners' });
    expect(listener.mock.calls).toEqual([[{ scope: 'partners' }]]);
  });

  it('delivers each event to its own subscribers only', () => {
    const { ipc, push } = fakeIpc();
    const bridge = createHubBridge(ipc);
    const status = vi.fn();
    const settings = vi.fn();
    bridge.on('system.status', status);
    bridge.on('settings.changed', settings);
    push('system.status', { online: true });
    expect(status).toHaveBeenCalledTimes(1);
    expect(settings).not.toHaveBeenCalled();
  });

  it('rejects events outside the contract', () => {
    const { ipc, emitter } = fakeIpc();
    const bridge = createHubBridge(ipc);
    expect(() => bridge.on('devtools.opened', vi.fn())).toThrow(TypeError);
    expect(emitter.listenerCount(ipcChannels.event)).toBe(0);
  });

  it('unsubscribes, and drops the IPC listener when nobody listens', () => {
    const { ipc, emitter, push } = fakeIpc();
    const bridge = createHubBridge(ipc);
    const first = vi.fn();
    const second = vi.fn();
    const offFirst = bridge.on('app.notice', first);
    const offSecond = bridge.on('app.notice', second);
    expect(emitter.listenerCount(ipcChannels.event)).toBe(1);
    offFirst();
    push('app.notice', { id: 'n1' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    offSecond();
    offSecond();
    expect(emitter.listenerCount(ipcChannels.event)).toBe(0);
  });

  it('keeps delivering when one listener throws', () => {
    const { ipc, push } = fakeIpc();
    const bridge = createHubBridge(ipc);
    const after = vi.fn();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    bridge.on('app.notice', () => {
      throw new Error('broken component');
    });
    bridge.on('app.notice', after);
    push('app.notice', { id: 'n1' });
    expect(after).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
