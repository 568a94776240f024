import { EventEmitter } from 'node:events';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runLauncher } from '../../../electron/launcher/run-launcher';
import { useTempDir } from '../../support/temp-dir';

const newDir = useTempDir();

/**
 * A project folder as `npm start` sees it: the built launcher's folder, a
 * browser-mode script that records its arguments, and an `electron` package
 * whose binary is the given shell script.
 */
function project(electronScript: string): {
  root: string;
  launcherDir: string;
  ran: (name: string) => string[] | null;
} {
  const root = newDir();
  const launcherDir = join(root, 'out', 'main');
  mkdirSync(launcherDir, { recursive: true });
  writeFileSync(
    join(launcherDir, 'browser-mode.js'),
    `require('node:fs').writeFileSync(${JSON.stringify(join(root, 'browser-ran'))}, JSON.stringify(process.argv.slice(2)));`,
  );
  const electronDir = join(root, 'node_modules', 'electron');
  mkdirSync(join(electronDir, 'dist'), { recursive: true });
  writeFileSync(join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  writeFileSync(join(electronDir, 'path.txt'), 'electron');
  const binary = join(electronDir, 'dist', 'electron');
  writeFileSync(binary, `#!/bin/sh\n${electronScript.replaceAll('$RAN', join(root, 'electron-ran'))}\n`);
  chmodSync(binary, 0o755);
  return {
    root,
    launcherDir,
    ran: (name) => {
      const file = join(root, `${name}-ran`);
      return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : null;
    },
  };
}

function captured(): { write: (text: string) => void; text: () => string } {
  const chunks: string[] = [];
  return { write: (text) => void chunks.push(text), text: () => chunks.join('') };
}

describe('npm start (the launcher)', () => {
  it('runs Electron with the app folder and the flags, and ends with its exit code', async () => {
    const app = project(`printf '%s' "[\\"$1\\",\\"$2\\",\\"$3\\"]" > "$RAN"; exit 0`);
    const output = captured();
    const code = await runLauncher({
      args: ['--data-dir', '/d', '--port=4780'],
      env: {},
      launcherDir: app.launcherDir,
      output,
      signals: new EventEmitter(),
    });
    expect(code).toBe(0);
    expect(app.ran('electron')).toEqual([app.root, '--data-dir', '/d']);
    expect(app.ran('browser')).toBeNull();
    expect(output.text()).toContain('--port applies to browser mode only');
  });

  it('when AppArmor stops Electron’s sandbox, explains the fix in one paragraph and starts browser mode', async () => {
    const app = project(
      `echo "[1:0824/1:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I'm aborting now." >&2; kill -TRAP $$`,
    );
    const output = captured();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let code: number;
    try {
      code = await runLauncher({
        args: ['--data-dir', '/srv/hub', '--no-sample-partner'],
        env: {},
        launcherDir: app.launcherDir,
        output,
        signals: new EventEmitter(),
      });
    } finally {
      stderr.mockRestore();
    }
    expect(code).toBe(0);
    const paragraph = output
      .text()
      .split('\n')
      .find((line) => line.includes('sandbox'));
    expect(paragraph).toContain('sudo apparmor_parser -r /etc/apparmor.d/integration-hub-electron');
    expect(paragraph).toContain('sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0');
    expect(paragraph).toContain('/srv/hub');
    const profilePath = /sudo cp '([^']+)'/.exec(paragraph ?? '')?.[1] ?? '';
    expect(readFileSync(profilePath, 'utf8')).toContain(
      `"${join(app.root, 'node_modules', 'electron', 'dist', 'electron')}"`,
    );
    // Browser mode got the same flags, so it behaves as the desktop app would have.
    expect(app.ran('browser')).toEqual(['--data-dir', '/srv/hub', '--no-sample-partner']);
  });

  it('passes any other Electron failure on as its exit code, without starting browser mode', async () => {
    const app = project('echo "Segmentation fault" >&2; exit 139');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const code = await runLauncher({
        args: [],
        env: {},
        launcherDir: app.launcherDir,
        output: captured(),
        signals: new EventEmitter(),
      });
      expect(code).toBe(139);
    } finally {
      stderr.mockRestore();
    }
    expect(app.ran('browser')).toBeNull();
  });
});
