import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { Arch, Platform, build } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUserModelId } from '../../electron/shell/app-identity';
import { electronVersion, projectDir, requireBuild } from './support/built-app';
import { shippedFuses, writeStandInElectronDist } from './support/stand-in-electron-dist';

/** Fuse states as @electron/fuses reports them: the character codes of '0' and '1'. */
const off = '0'.charCodeAt(0);
const on = '1'.charCodeAt(0);

describe('packaging (build/electron-builder.yml, Linux dir target, stand-in Electron)', () => {
  let work: string;
  let appOutDir: string;

  // One package for every check: packing takes a while.
  beforeAll(async () => {
    requireBuild();
    work = mkdtempSync(join(tmpdir(), 'hub-packaging-'));
    const output = join(work, 'dist');
    // Offline: a stand-in Electron instead of a download, no native rebuild, nothing published.
    await build({
      projectDir,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      config: {
        extends: 'build/electron-builder.yml',
        electronDist: writeStandInElectronDist(join(work, 'electron-dist'), electronVersion),
        npmRebuild: false,
        directories: { output, buildResources: 'build' },
      },
    });
    appOutDir = join(output, 'linux-unpacked');
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('packs the built app and package.json into app.asar, and no sources or tests', () => {
    const asar = join(appOutDir, 'resources', 'app.asar');
    const files = listPackage(asar, { isPack: false }).map((file) => file.replaceAll('\\', '/'));
    expect(files).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/out/main/index.js',
        '/out/main/launcher.js',
        // The delivery results writer's thread, started from beside index.js.
        '/out/main/record-writer.js',
        '/out/preload/index.cjs',
        '/out/renderer/index.html',
        // What the main bundle imports at run time.
        '/node_modules/axios/package.json',
        '/node_modules/undici/package.json',
        '/node_modules/electron-store/package.json',
        '/node_modules/zod/package.json',
      ]),
    );
    expect(files.some((file) => file.endsWith('.png') && file.startsWith('/out/main/'))).toBe(true);
    expect(files.filter((file) => /^\/(electron|renderer|shared|test|build)\//.test(file))).toEqual([]);
    expect(files.some((file) => file.startsWith('/node_modules/electron/'))).toBe(false);

    const packaged = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as Record<string, unknown>;
    const source = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(packaged).toMatchObject({ name: source.name, version: source.version, main: 'out/main/index.js' });
  });

  it('names the executable as the start-at-login entry expects', () => {
    expect(existsSync(join(appOutDir, 'integration-hub'))).toBe(true);
  });

  it('flips the fuses: no run-as-node, NODE_OPTIONS or --inspect; asar-only with integrity; encrypted cookies', async () => {
    const wire = await getCurrentFuseWire(join(appOutDir, 'integration-hub'));
    expect(shippedFuses).toBe('10011001');
    expect(wire).toMatchObject({
      0: off, // RunAsNode
      1: on, // EnableCookieEncryption
      2: off, // EnableNodeOptionsEnvironmentVariable
      3: off, // EnableNodeCliInspectArguments
      4: on, // EnableEmbeddedAsarIntegrityValidation
      5: on, // OnlyLoadAppFromAsar
      7: off, // GrantFileProtocolExtraPrivileges
    });
  });

  it('gives the .deb what it requires (homepage, maintainer e-mail) and Windows the same app id as the shell', () => {
    const source = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as {
      homepage?: string;
      author?: { name?: string; email?: string };
    };
    expect(source.homepage).toMatch(/^https:\/\//);
    expect(source.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    const config = readFileSync(join(projectDir, 'build', 'electron-builder.yml'), 'utf8');
    expect(config).toContain(`appId: ${appUserModelId}\n`);
  });
});
