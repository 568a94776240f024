import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BinaryCheck, BinaryFs, InstallResult } from '../../../../electron/launcher/launch-plan';
import {
  browserFallbackNotice,
  installFailureReason,
  locateElectronBinary,
  parseLauncherArgs,
  planLaunch,
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
