import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A started child: its process and its output lines as they come. */
export interface ChildHandle {
  process: ChildProcess;
  /** Resolves with the first line (already printed or still to come) that passes `test`. */
  waitFor(test: (line: string) => boolean): Promise<string>;
  /** Calls `listener` with every line printed from now on. */
  onLine(listener: (line: string) => void): void;
}

function handle(child: ChildProcess): ChildHandle {
  const seen: string[] = [];
  const waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  const listeners: ((line: string) => void)[] = [];
  if (!child.stdout) throw new Error('the child has no stdout pipe');
  createInterface({ input: child.stdout }).on('line', (line) => {
    seen.push(line);
    for (const listener of listeners) listener(line);
    for (const waiter of waiters.filter((w) => w.test(line))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  });
  return {
    process: child,
    onLine: (listener) => void listeners.push(listener),
    waitFor: (test) =>
      new Promise((resolve, reject) => {
        const earlier = seen.find(test);
        if (earlier !== undefined) return resolve(earlier);
        waiters.push({ test, resolve });
        child.once('exit', (code, signal) =>
          reject(
            new Error(`child exited (${signal ?? code}) before the expected line; it printed:\n${seen.join('\n')}`),
          ),
        );
      }),
  };
}

/**
 * Crash tests kill a child per round, and a child's start-up (loading the code)
 * costs far more than a round. So children are started ahead, load, print
 * `loaded` and wait for `go <args>` on stdin before they open anything: while
 * one round runs, the next child is already loading.
 */
export class WarmChildren {
  private readonly warm: Promise<ChildHandle>[] = [];
  private readonly started: ChildProcess[] = [];

  constructor(
    private readonly script: string,
    private readonly ahead = 2,
  ) {}

  /** A loaded child, told to go with `args` (it then opens the data folder). */
  async next(args: readonly string[]): Promise<ChildHandle> {
    while (this.warm.length < this.ahead + 1) this.warmUp();
    const child = await this.warm.shift()!;
    this.warmUp();
    child.process.stdin?.write(`go ${args.join(' ')}\n`);
    return child;
  }

  /** Kills the children still waiting (and any left running). */
  close(): void {
    for (const child of this.started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }

  private warmUp(): void {
    const loading = this.spawnLoaded();
    // A child still loading when the test ends is killed by close(); that is not a failure.
    loading.catch(() => undefined);
    this.warm.push(loading);
  }

  private async spawnLoaded(): Promise<ChildHandle> {
    const child = spawn(process.execPath, [this.script], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.started.push(child);
    const started = handle(child);
    await started.waitFor((line) => line === 'loaded');
    return started;
  }
}

/** In a child: says it has loaded and resolves with the arguments of the `go` line. */
export function waitForGo(): Promise<string[]> {
  process.stdout.write('loaded\n');
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin });
    lines.once('line', (line) => {
      lines.close();
      resolve(line.split(' ').slice(1));
    });
  });
}
