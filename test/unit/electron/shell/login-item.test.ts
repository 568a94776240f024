import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { EventName, HubEvents } from '../../../../shared/contract';
import type { HubListener } from '../../../../electron/core/ports';
import {
  applyStartAtLogin,
  autostartFileName,
  desktopExecArg,
  followStartAtLogin,
  launchCommand,
} from '../../../../electron/shell/login-item';
import { useTempDir } from '../../../support/temp-dir';

const newDir = useTempDir();
const launch = { executable: '/opt/Integration Hub/integration-hub', args: ['--data-dir=/srv/hub data'] };

describe('start at login', () => {
  it('on Linux writes an XDG autostart entry that starts the app hidden, and removes it when off', () => {
    const autostartDir = join(newDir(), 'autostart');
    const app = { setLoginItemSettings: vi.fn() };
    applyStartAtLogin(true, { platform: 'linux', app, launch, autostartDir });
    const file = join(autostartDir, autostartFileName);
    const entry = readFileSync(file, 'utf8');
    expect(entry).toContain('[Desktop Entry]');
    expect(entry).toContain('Exec="/opt/Integration Hub/integration-hub" "--data-dir=/srv/hub data" --hidden');
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();

    applyStartAtLogin(false, { platform: 'linux', app, launch, autostartDir });
    expect(existsSync(file)).toBe(false);
    // Turning off what is already off is fine.
    applyStartAtLogin(false, { platform: 'linux', app, launch, autostartDir });
  });

  it('on Windows registers the executable with quoted arguments and the hidden flag', () => {
    const app = { setLoginItemSettings: vi.fn() };
    applyStartAtLogin(true, { platform: 'win32', app, launch, autostartDir: 'unused' });
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({
      openAtLogin: true,
      path: launch.executable,
      args: ['"--data-dir=/srv/hub data"', '--hidden'],
    });
  });

  it('on macOS makes the app a login item', () => {
    const app = { setLoginItemSettings: vi.fn() };
    applyStartAtLogin(false, { platform: 'darwin', app, launch, autostartDir: 'unused' });
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: false });
  });

  it('quotes Exec arguments as the Desktop Entry spec asks', () => {
    expect(desktopExecArg('/usr/bin/hub')).toBe('/usr/bin/hub');
    expect(desktopExecArg('a b')).toBe('"a b"');
    expect(desktopExecArg('say "hi" $HOME \\ `x`')).toBe('"say \\"hi\\" \\$HOME \\\\ \\`x\\`"');
    expect(desktopExecArg('100%')).toBe('100%%');
  });

  it('starts the packaged app (the AppImage file, not its mount) or, from source, Electron with the app folder', () => {
    const base = { execPath: '/tmp/.mount_x/integration-hub', appPath: '/src/hub', chosenDataDir: undefined };
    expect(launchCommand({ ...base, isPackaged: true, env: { APPIMAGE: '/home/a/Hub.AppImage' } })).toEqual({
      executable: '/home/a/Hub.AppImage',
      args: [],
    });
    expect(launchCommand({ ...base, isPackaged: false, env: {}, chosenDataDir: '/d' })).toEqual({
      executable: base.execPath,
      args: ['/src/hub', '--data-dir=/d'],
    });
  });

  it('applies the saved choice at start and again when the desktop settings change', async () => {
    const listeners = new Set<HubListener>();
    let startAtLogin = true;
    const hub = {
      call: vi.fn(() => Promise.resolve({ ok: true as const, value: { available: true, startAtLogin } })),
      subscribe: (listener: HubListener) => (listeners.add(listener), () => listeners.delete(listener)),
    };
    const push = <E extends EventName>(event: E, payload: HubEvents[E]) => listeners.forEach((l) => l(event, payload));
    const apply = vi.fn();
    followStartAtLogin(hub, apply, vi.fn());
    await vi.waitFor(() => expect(apply).toHaveBeenCalledWith(true));
    startAtLogin = false;
    push('settings.changed', { scope: 'partners' });
    push('settings.changed', { scope: 'desktop' });
    await vi.waitFor(() => expect(apply).toHaveBeenLastCalledWith(false));
    expect(apply).toHaveBeenCalledTimes(2);
  });

  it('reports a failure to apply instead of throwing', async () => {
    const hub = {
      call: () => Promise.resolve({ ok: true as const, value: { available: true, startAtLogin: true } }),
      subscribe: () => () => undefined,
    };
    const onError = vi.fn();
    followStartAtLogin(
      hub,
      () => {
        throw new Error('read-only folder');
      },
      onError,
    );
    await vi.waitFor(() =>
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'read-only folder' })),
    );
  });
});
