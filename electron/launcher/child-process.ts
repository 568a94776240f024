import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** Signals the launcher passes on to the child (each as SIGTERM, see {@link runAttached}). */
export const forwardedSignals = ['SIGINT', 'SIGTERM'] as const;

/** Where termination signals come from; `process` in real use. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  removeListener(signal: NodeJS.Signals, listener: () => void): unknown;
}

/** The conventional shell exit code of a process killed by `signal` (128 + its number). */
export function exitCodeForSignal(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}

/**
 * Runs `command` with the terminal attached and resolves with its exit code. A
 * SIGINT/SIGTERM sent to the launcher is passed on, so the child (the hub) can
 * shut down cleanly rather than be orphaned — always as SIGTERM. Ctrl+C in the
 * terminal sends SIGINT to the child too (same process group), and Electron, like
 * Chromium, takes one shutdown signal per kind gracefully and then restores that
 * signal's default action: a forwarded second SIGINT killed it in the middle of
 * its clean close. Its SIGTERM handler is untouched by a SIGINT, so the SIGTERM is
 * harmless when the child already closes, and starts the close when it does not
 * (the launcher alone was signalled).
 *
 * With `onStderr`, the child's stderr is passed through to the terminal and to
 * the callback, so the launcher can recognise a failure it knows how to explain.
 */
export function runAttached(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  signals: SignalSource = process,
  onStderr?: (chunk: Buffer) => void,
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, [...args], {
      stdio: ['inherit', 'inherit', onStderr ? 'pipe' : 'inherit'],
      env,
      windowsHide: false,
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      onStderr?.(chunk);
    });
    let exited = false;
    const forward = (): void => {
      if (!exited) child.kill('SIGTERM');
    };
    const handlers = forwardedSignals.map((signal) => ({ signal, handler: forward }));
    for (const { signal, handler } of handlers) signals.on(signal, handler);
    const finish = (code: number): void => {
      if (exited) return;
      exited = true;
      for (const { signal, handler } of handlers) signals.removeListener(signal, handler);
      resolve(code);
    };
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      finish(1);
    });
    child.on('exit', (code, signal) => finish(code ?? (signal ? exitCodeForSignal(signal) : 1)));
  });
}

/** The outcome of a command run to completion with its output captured. */
export interface CapturedRun {
  exitCode: number | null;
  output: string;
  timedOut: boolean;
}

/**
 * Runs `command` with output captured and a time limit, for the Electron
 * installer: it must not hang `npm start` on a machine without internet.
 */
export function runCaptured(
  command: string,
  args: readonly string[],
  cwd: string,
  timeoutMs: number,
): Promise<CapturedRun> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let timedOut = false;
    const child = spawn(command, [...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ exitCode: null, output: error.message, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, output: Buffer.concat(chunks).toString('utf8'), timedOut });
    });
  });
}
