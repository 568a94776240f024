import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

interface Message {
  kind: string;
  port?: number;
  count?: number;
  id?: string;
  at?: string;
}

/** The parent's side of `bench-receiver.ts`. */
export interface BenchReceiver {
  url: string;
  count(): Promise<number>;
  /** Calls back with each request's webhook-id and arrival time (hrtime ns). */
  onArrival(listener: (id: string, atNs: bigint) => void): void;
  stop(): Promise<void>;
}

export async function startBenchReceiver(): Promise<BenchReceiver> {
  const child: ChildProcess = fork(resolve(import.meta.dirname, 'bench-receiver.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [ready] = (await once(child, 'message')) as [Message];
  const arrivals: ((id: string, at: bigint) => void)[] = [];
  child.on('message', (message: Message) => {
    if (message.kind === 'arrival')
      for (const listener of arrivals) listener(message.id ?? '', BigInt(message.at ?? '0'));
  });
  return {
    url: `http://127.0.0.1:${ready.port}/hooks`,
    count: async () => {
      const reply = new Promise<number>((done) => {
        const listen = (message: Message): void => {
          if (message.kind !== 'count') return;
          child.off('message', listen);
          done(message.count ?? 0);
        };
        child.on('message', listen);
      });
      child.send({ kind: 'count' });
      return reply;
    },
    onArrival: (listener) => {
      arrivals.push(listener);
      child.send({ kind: 'report-arrivals' });
    },
    stop: async () => {
      child.send({ kind: 'stop' });
      await once(child, 'exit');
    },
  };
}
