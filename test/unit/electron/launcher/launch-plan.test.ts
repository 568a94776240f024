import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BinaryCheck, BinaryFs, InstallResult } from '../../../../electron/launcher/launch-plan';
import {
  apparmorProfile,
  browserFallbackNotice,
  browserOnlyFlags,
  downloadProgressLine,
  installFailureReason,
  isSandboxFailure,
  locateElectronBinary,
  parseLauncherArgs,
  planLaunch,
  sandboxFallbackNotice,
} from '../../../../electron/launcher/launch-plan';

const electronDir = '/app/node_modules/electron';

/** An in-memory file system: path → text (directories and binaries as empty strings). */
function memoryFs(files: Record<string, string>): BinaryFs {
  return { readText: (path) => files[path], exists: (path) => path in files };
}

const installedPackage = { [join(electronDir, 'package.json')]: '{}' };

describe('locateElectronBinary', () => {
  it('finds the executable named by path.txt inside dist/', () => {
    const fs = memoryFs({
      ...installedPackage,
      [join(electronDir, 'path.txt')]: 'electron',
      [join(electronDir, 'dist', 'electron')]: '',
    });
    expect(locateElectronBinary(electronDir, fs, join)).toEqual({
      found: true,
      path: join(electronDir, 'dist', 'electron'),
    });
  });

  it('reports a binary that was never downloaded (no path.txt)', () => {
    const check = locateElectronBinary(electronDir, memoryFs(installedPackage), join);
    expect(check).toEqual({ found: false, reason: 'its binary has not been downloaded' });
  });

  it('reports a path.txt whose binary is gone', () => {
    const fs = memoryFs({ ...installedPackage, [join(electronDir, 'path.txt')]: 'electron' });
    const check = locateElectronBinary(electronDir, fs, join);
    expect(check.found).toBe(false);
  });

  it('reports a missing electron package', () => {
    expect(locateElectronBinary(electronDir, memoryFs({}), join)).toEqual({
      found: false,
      reason: 'the electron package is not installed',
    });
  });
});

const binaryPath = '/app/node_modules/electron/dist/electron';
const present: BinaryCheck = { found: true, path: binaryPath };
const missing: BinaryCheck = { found: false, reason: 'its binary has not been downloaded' };

function steps(locations: BinaryCheck[], install: InstallResult) {
  const locate = vi.fn(() => locations.shift() ?? missing);
  const installSpy = vi.fn(() => Promise.resolve(install));
  return { locate, install: installSpy };
}

describe('planLaunch', () => {
  it('starts Electron when the binary is present, without trying to download', async () => {
    const s = steps([present], { ok: true });
    await expect(planLaunch(parseLauncherArgs(['--data-dir', '/d']), s)).resolves.toEqual({
      runtime: 'electron',
      binary: binaryPath,
    });
    expect(s.install).not.toHaveBeenCalled();
  });

  it('downloads once when the binary is missing, then starts Electron', async () => {
    const s = steps([missing, present], { ok: true });
    await expect(planLaunch(parseLauncherArgs([]), s)).resolves.toEqual({ runtime: 'electron', binary: binaryPath });
    expect(s.install).toHaveBeenCalledTimes(1);
  });

  it('falls back to browser mode with the installer’s reason when the download fails', async () => {
    const s = steps([missing, missing], { ok: false, reason: 'fetch failed' });
    await expect(planLaunch(parseLauncherArgs([]), s)).resolves.toEqual({
      runtime: 'browser',
      fallbackReason: 'fetch failed',
    });
    expect(s.install).toHaveBeenCalledTimes(1);
  });

  it('falls back with the locate reason when the installer claims success but no binary appears', async () => {
    const s = steps([missing, missing], { ok: true });
    await expect(planLaunch(parseLauncherArgs([]), s)).resolves.toEqual({
      runtime: 'browser',
      fallbackReason: 'its binary has not been downloaded',
    });
  });

  it('goes straight to browser mode with --browser, even with Electron present', async () => {
    const s = steps([present], { ok: true });
    await expect(planLaunch(parseLauncherArgs(['--browser', '--port', '4000']), s)).resolves.toEqual({
      runtime: 'browser',
    });
    expect(s.locate).not.toHaveBeenCalled();
    expect(s.install).not.toHaveBeenCalled();
  });
});

describe('parseLauncherArgs', () => {
  it('keeps everything but --browser for the child, in order', () => {
    expect(parseLauncherArgs(['--data-dir', '/d', '--browser', '--port', '4000'])).toEqual({
      wantsBrowser: true,
      forwarded: ['--data-dir', '/d', '--port', '4000'],
    });
    expect(parseLauncherArgs(['--data-dir=/d'])).toEqual({ wantsBrowser: false, forwarded: ['--data-dir=/d'] });
  });
});

describe('installFailureReason', () => {
  it('takes the message of the error line', () => {
    expect(installFailureReason('TypeError: fetch failed\n    at foo (x.js:1:1)\n', 1, false)).toBe('fetch failed');
    expect(installFailureReason('Downloading…\nRequestError: getaddrinfo ENOTFOUND github.com\n', 1, false)).toBe(
      'getaddrinfo ENOTFOUND github.com',
    );
  });

  it('says when the download timed out or printed nothing', () => {
    expect(installFailureReason('', null, true)).toBe('the download timed out');
    expect(installFailureReason('', 1, false)).toBe('the installer exited with code 1');
    expect(installFailureReason('something odd\n', 1, false)).toBe('something odd');
  });
});

describe('browserFallbackNotice', () => {
  it('says what happened, what starts instead, and where the data is, in one paragraph', () => {
    const notice = browserFallbackNotice('fetch failed', '/home/op/.config/Integration Hub');
    expect(notice).toContain(
      'The Electron desktop runtime is not installed on this machine and could not be downloaded (fetch failed)',
    );
    expect(notice).toContain('browser mode');
    expect(notice).toContain('/home/op/.config/Integration Hub');
    expect(notice).toContain('--data-dir');
    expect(notice).toContain('INTEGRATION_HUB_DATA_DIR');
    expect(notice).not.toContain('\n');
  });
});

describe('when Chromium’s sandbox stops Electron (Ubuntu ≥ 23.10, AppArmor)', () => {
  const fatal =
    "[12:0824/101010.1:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I'm aborting now. You need to make sure that /app/node_modules/electron/dist/chrome-sandbox is owned by root and has mode 4755.";

  it('recognises the abort by its words, not by any crash', () => {
    expect(isSandboxFailure(133, fatal)).toBe(true);
    expect(isSandboxFailure(133, 'No usable sandbox! Update your kernel')).toBe(true);
    expect(isSandboxFailure(133, 'Segmentation fault')).toBe(false);
    expect(isSandboxFailure(0, fatal)).toBe(false);
  });

  it('writes a profile for exactly this binary, like the .deb’s', () => {
    const profile = apparmorProfile('/home/dev/my "hub"/node_modules/electron/dist/electron');
    expect(profile).toContain('abi <abi/4.0>,');
    expect(profile).toContain(
      'profile integration-hub-electron "/home/dev/my \\"hub\\"/node_modules/electron/dist/electron" flags=(unconfined) {',
    );
    expect(profile).toContain('  userns,');
  });

  it('explains the fix in one paragraph, and that browser mode starts instead', () => {
    const notice = sandboxFallbackNotice(
      '/tmp/integration-hub-x/integration-hub-electron',
      '/home/dev/.config/Integration Hub',
    );
    expect(notice).not.toContain('\n');
    expect(notice).toContain('The SUID sandbox helper binary was found, but is not configured correctly');
    expect(notice).toContain(
      "sudo cp '/tmp/integration-hub-x/integration-hub-electron' /etc/apparmor.d/integration-hub-electron && sudo apparmor_parser -r /etc/apparmor.d/integration-hub-electron",
    );
    expect(notice).toContain('sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0');
    expect(notice).toContain('browser mode');
    expect(notice).toContain('/home/dev/.config/Integration Hub');
  });
});

describe('downloadProgressLine', () => {
  it('says how far the first download is', () => {
    expect(downloadProgressLine('45.4.1', 38_000_000, 104_000_000)).toBe(
      'Downloading Electron 45.4.1, the desktop runtime (first start only): 36 % of 104 MB',
    );
    expect(downloadProgressLine('45.4.1', 12_000_000, null)).toMatch(/12 MB so far$/);
    expect(downloadProgressLine('45.4.1', 0, null)).toBe(
      'Downloading Electron 45.4.1, the desktop runtime (first start only)…',
    );
  });
});

describe('browserOnlyFlags', () => {
  it('names --port, which the desktop app has no use for', () => {
    expect(browserOnlyFlags(['--data-dir', 'x', '--port=4780'])).toEqual(['--port']);
    expect(browserOnlyFlags(['--no-sample-partner'])).toEqual([]);
  });
});
