import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { builtMain } from './built-app';

const register = join(import.meta.dirname, '..', 'stand-in', 'register.ts');

/** One call the app made on the stand-in, in order. */
export interface Recorded {
  name: string;
  detail?: unknown;
  beforeReady: boolean;
}

/**
 * The built main bundle (out/main/index.js) running in its own Node process
 * against the recording stand-in for `electron`, driven over the fork's IPC
 * channel: the test says when the app is ready, clicks, closes, quits, and reads
 * what the app did.
 */
export class BootedApp {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.on('message', (message: { id: number; value?: unknown; error?: string }) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error !== undefined) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.value);
    });
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    // A send racing the exit fails here rather than as an unhandled error.
    child.on('error', (error) => (this.output += `\n[driver] ${error.message}`));
    void this.exited.then(() => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(`The app exited.\n${this.output}`));
      this.pending.clear();
    });
  }

  static start(args: readonly string[], env: NodeJS.ProcessEnv): BootedApp {
    const child = fork(builtMain, [...args], {
      execArgv: ['--import', register],
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    return new BootedApp(child);
  }

  /** Everything the app printed, for failure messages. */
  get printed(): string {
    return this.output;
  }

  request<T = unknown>(command: string, args: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    if (!this.child.connected) return Promise.reject(new Error(`The app has exited.\n${this.output}`));
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (value) => resolve(value as T), reject });
      this.child.send({ id, command, args });
    });
  }

  log(): Promise<Recorded[]> {
    return this.request<Recorded[]>('log');
  }

  /** Ends the process if a test failed before it quit. */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}
