import { describe, expect, it } from 'vitest';
import { npmInvocation, npxInvocation } from '../../support/npm-invocation';

const node = 'C:\\Program Files\\nodejs\\node.exe';

describe('running npm from the test runner on every OS', () => {
  it("runs npm's CLI file with this Node when npm started the script: no shell on any OS", () => {
    const env = { npm_execpath: 'C:\\Program Files\\nodejs\\node_modules\\npm\\bin\\npm-cli.js' };
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      expect(npmInvocation(['run', '-s', 'lint'], { platform, env, execPath: node })).toEqual({
        command: node,
        args: [env.npm_execpath, 'run', '-s', 'lint'],
        shell: false,
      });
    }
  });

  it('falls back to npm.cmd through the shell on Windows, quoting arguments with spaces', () => {
    const invocation = npxInvocation('vitest', ['run', '--outputFile.json=C:\\my reports\\unit.json'], {
      platform: 'win32',
      env: {},
      execPath: node,
    });
    expect(invocation).toEqual({
      command: 'npm.cmd',
      args: ['exec', '--', 'vitest', 'run', '"--outputFile.json=C:\\my reports\\unit.json"'],
      shell: true,
    });
  });

  it('runs plain npm without a shell elsewhere, and npx as npm exec', () => {
    expect(npxInvocation('playwright', ['test'], { platform: 'linux', env: {}, execPath: '/usr/bin/node' })).toEqual({
      command: 'npm',
      args: ['exec', '--', 'playwright', 'test'],
      shell: false,
    });
    // A non-JS npm_execpath (e.g. a shim) is not run with Node.
    expect(
      npmInvocation(['test'], { platform: 'darwin', env: { npm_execpath: '/usr/local/bin/npm' }, execPath: '/n' }),
    ).toEqual({ command: 'npm', args: ['test'], shell: false });
  });
});
