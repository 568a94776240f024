import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { exitCodeForSignal, runAttached, runCaptured } from '../../../../electron/launcher/child-process';
import { useTempDir } from '../../../support/temp-dir';

const node = process.execPath;
const newDir = useTempDir();

describe('runAttached', () => {
  it('resolves with the child’s exit code', async () => {
    await expect(runAttached(node, ['-e', 'process.exit(3)'], process.env, new EventEmitter())).resolves.toBe(3);
  });

  it('passes SIGTERM on to the child and stops listening afterwards', async () => {
    const signals = new EventEmitter();
    // The child's output is the terminal's, so it says it has its handler by creating a file.
    const ready = join(newDir(), 'ready');
    const child = runAttached(
      node,
      [
        '-e',
        "process.on('SIGTERM', () => process.exit(42)); require('node:fs').writeFileSync(process.argv[1], ''); setInterval(() => {}, 1000)",
        ready,
      ],
      process.env,
      signals,
    );
    await vi.waitFor(() => expect(existsSync(ready)).toBe(true), { timeout: 20_000, interval: 20 });
    expect(signals.listenerCount('SIGTERM')).toBe(1);
    signals.emit('SIGTERM');
    await expect(child).resolves.toBe(42);
    expect(signals.listenerCount('SIGTERM')).toBe(0);
    expect(signals.listenerCount('SIGINT')).toBe(0);
  });

  it('maps death by signal to 128 + the signal number', async () => {
    await expect(
      runAttached(node, ['-e', "process.kill(process.pid, 'SIGKILL')"], process.env, new EventEmitter()),
    ).resolves.toBe(exitCodeForSignal('SIGKILL'));
    expect(exitCodeForSignal('SIGINT')).toBe(130);
  });

  it('resolves with 1 when the command cannot be started', async () => {
    const error = console.error;
    console.error = () => undefined;
    try {
      await expect(runAttached('/nonexistent/electron', [], process.env, new EventEmitter())).resolves.toBe(1);
    } finally {
      console.error = error;
    }
  });
});

describe('runCaptured', () => {
  it('captures output and the exit code', async () => {
    const run = await runCaptured(
      node,
      ['-e', "console.error('TypeError: fetch failed'); process.exit(1)"],
      tmpdir(),
      5_000,
    );
    expect(run).toEqual({ exitCode: 1, output: 'TypeError: fetch failed\n', timedOut: false });
  });

  it('kills a hanging installer at the time limit', async () => {
    const started = Date.now();
    const run = await runCaptured(node, ['-e', 'setInterval(() => {}, 1000)'], tmpdir(), 300);
    expect(run.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
