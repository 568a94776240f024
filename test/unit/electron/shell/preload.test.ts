import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: electron.ipcRenderer,
}));

await import('../../../../electron/shell/preload');

describe('preload', () => {
  it('exposes window.hub with exactly call and on, and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['hub']);
    const hub = electron.exposed.get('hub');
    expect(typeof hub).toBe('object');
    expect(Object.keys(hub ?? {}).sort()).toEqual(['call', 'on']);
  });

  it('never hands out ipcRenderer or its methods', () => {
    const hub = electron.exposed.get('hub') ?? {};
    const values = Object.values(hub);
    expect(values).not.toContain(electron.ipcRenderer);
    for (const method of Object.values(electron.ipcRenderer)) expect(values).not.toContain(method);
  });
});
