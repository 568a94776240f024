import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../../support/temp-dir';
import { exitCodeForSignal, runAttached, runCaptured } from '../../../../electron/launcher/child-process';

const node = process.execPath;
const newDir = useTempDir();

describe('runAttached', () => {
  it('resolves with the child’s exit code', async () => {
    await expect(runAttached(node, ['-e', 'process.exit(3)'], process.env, new EventEmitter())).resolves.toBe(3);
  });

  /**
   * A child that shuts down the way Electron does: the first SIGINT or SIGTERM
   * starts a clean close (which takes a moment) and restores that signal's default
   * action, so a second signal of the same kind kills it (exit 130 / 143). It
   * writes its pid to `<dir>/ready` once its handlers are in place, and
   * `<dir>/closing` when a close has begun.
   */
  function electronLikeChild(dir: string): string[] {
    const script = `
      const { writeFileSync } = require('node:fs');
      const { join } = require('node:path');
      const dir = ${JSON.stringify(dir)};
      let closing = false;
      const seen = new Set();
      const onSignal = (signal, code) => () => {
        if (seen.has(signal)) process.exit(code);
        seen.add(signal);
        if (closing) return;
        closing = true;
        writeFileSync(join(dir, 'closing'), signal);
        setTimeout(() => process.exit(0), 400);
      };
      process.on('SIGINT', onSignal('SIGINT', 130));
      process.on('SIGTERM', onSignal('SIGTERM', 143));
      writeFileSync(join(dir, 'ready'), String(process.pid));
      setInterval(() => {}, 1000);
    `;
    return ['-e', script];
  }

  it('on Ctrl+C (SIGINT to the child and the launcher) lets the child close cleanly instead of killing it', async () => {
    const dir = newDir();
    const signals = new EventEmitter();
    const child = runAttached(node, electronLikeChild(dir), process.env, signals);
    await vi.waitFor(() => expect(existsSync(join(dir, 'ready'))).toBe(true), { timeout: 10_000 });
    // The terminal signals the whole foreground process group: the child, and the launcher.
    process.kill(Number(readFileSync(join(dir, 'ready'), 'utf8')), 'SIGINT');
    await vi.waitFor(() => expect(existsSync(join(dir, 'closing'))).toBe(true), { timeout: 10_000 });
    signals.emit('SIGINT');
    await expect(child).resolves.toBe(0);
    expect(signals.listenerCount('SIGINT')).toBe(0);
    expect(signals.listenerCount('SIGTERM')).toBe(0);
  });

  it('passes a signal sent to the launcher alone on to the child, which closes cleanly', async () => {
    const dir = newDir();
    const signals = new EventEmitter();
    const child = runAttached(node, electronLikeChild(dir), process.env, signals);
    await vi.waitFor(() => expect(existsSync(join(dir, 'ready'))).toBe(true), { timeout: 10_000 });
    expect(signals.listenerCount('SIGTERM')).toBe(1);
    signals.emit('SIGINT');
    await expect(child).resolves.toBe(0);
  });

  it('passes the child’s stderr through and to a watcher when asked', async () => {
    const seen: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const code = await runAttached(
        node,
        ['-e', "process.stderr.write('FATAL: no sandbox'); process.exit(5)"],
        process.env,
        new EventEmitter(),
        (chunk) => seen.push(chunk.toString()),
      );
      expect(code).toBe(5);
      expect(seen.join('')).toBe('FATAL: no sandbox');
      expect(write).toHaveBeenCalled();
    } finally {
      write.mockRestore();
    }
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
