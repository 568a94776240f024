import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { envelopeOf } from '../../support/envelope-of';
import { useTempDir } from '../../support/temp-dir';

useReceivers();
const newDir = useTempDir();
const childScript = resolve(import.meta.dirname, 'hub-child.ts');
const total = 2000;
const kills = 12;

interface Child {
  process: ChildProcess;
  /** Resolves when the child prints a line matching `test`. */
  waitFor(test: (line: string) => boolean): Promise<string>;
}

function startChild(dataDir: string, receiverUrl: string): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, dataDir, receiverUrl, String(total)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  const seen: string[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    seen.push(line);
    for (const waiter of waiters.filter((w) => w.test(line))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  });
  return {
    process: child,
    waitFor: (test) =>
      new Promise((resolvePromise, reject) => {
        // A line printed before anyone waited for it still counts.
        const earlier = seen.find(test);
        if (earlier !== undefined) return resolvePromise(earlier);
        waiters.push({ test, resolve: resolvePromise });
        child.once('exit', (code) => reject(new Error(`child exited (${code}) before the expected line`)));
      }),
  };
}

describe('crash safety', () => {
  it(`delivers every committed event at least once across ${kills} SIGKILLs`, { timeout: 240_000 }, async () => {
    const dataDir = newDir();
    const received = new Map<string, number>();
    let receivedCount = 0;
    const onRequest: (() => void)[] = [];
    const receiver = await startReceiver((request, res) => {
      const id = envelopeOf(request.body).id;
      received.set(id, (received.get(id) ?? 0) + 1);
      receivedCount += 1;
      for (const wake of onRequest.splice(0)) wake();
      res.end();
    });

    for (let round = 0; round < kills; round++) {
      const child = startChild(dataDir, receiver.url);
      await child.waitFor((line) => line === 'ready');
      // Kill at a random moment: after a random number of further deliveries
      // (or, when publishing is done, right at start-up, mid-recovery).
      const target = receivedCount + 1 + Math.floor(Math.random() * 250);
      await Promise.race([
        new Promise<void>((wake) => {
          const check = (): void => (receivedCount >= target ? wake() : void onRequest.push(check));
          check();
        }),
        // Killing the child below ends this wait with a rejection nobody needs.
        child.waitFor((line) => line === 'idle').catch(() => undefined),
      ]);
      child.process.kill('SIGKILL');
      await once(child.process, 'exit');
    }

    const final = startChild(dataDir, receiver.url);
    await final.waitFor((line) => line === 'idle');
    final.process.kill('SIGTERM');
    await once(final.process, 'exit');

    const db = new DatabaseSync(join(dataDir, 'hub.sqlite'), { readOnly: true });
    const committed = (db.prepare('SELECT id FROM events').all() as { id: string }[]).map((r) => r.id);
    db.close();
    expect(committed).toHaveLength(total);
    const missing = committed.filter((id) => !received.has(id));
    expect(missing).toEqual([]);
    const duplicates = [...received.values()].reduce((sum, n) => sum + n - 1, 0);
    // Reported, not asserted: at-least-once allows them; the ids let partners drop them.
    console.log(`crash test: ${total} events, ${kills} SIGKILLs, ${receivedCount} requests, ${duplicates} duplicates`);
  });
});
