import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChild } from '../../support/bundle-child';
import { envelopeOf } from '../../support/envelope-of';
import { crashKills, crashSeed, seededRandom } from '../../support/seeded-random';
import { useTempDir } from '../../support/temp-dir';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { WarmChildren } from './warm-children';

useReceivers();
const newDir = useTempDir();
const kills = crashKills(24);
/** Checks each child opens through the API before it is told to stop opening. */
const checksPerChild = 60;

let hubs: WarmChildren;
beforeAll(async () => {
  hubs = new WarmChildren(await bundleChild(resolve(import.meta.dirname, 'hub-child.ts')));
}, 60_000);
afterAll(() => hubs.close());

/** Where a round's SIGKILL lands, drawn from the seeded random source. */
type KillPoint = { after: 'acks' | 'deliveries'; count: number } | { after: 'start' };

function killPoint(random: () => number): KillPoint {
  const pick = random();
  if (pick < 0.1) return { after: 'start' };
  const count = Math.floor(random() * checksPerChild);
  return { after: pick < 0.55 ? 'acks' : 'deliveries', count };
}

describe('crash safety', () => {
  it(
    `delivers every acknowledged event at least once across ${kills} SIGKILLs at seeded moments`,
    { timeout: Math.max(600_000, kills * 20_000) },
    async () => {
      const seed = crashSeed();
      const random = seededRandom(seed);
      const dataDir = newDir();
      const acknowledged = new Set<string>();
      const received = new Map<string, number>();
      let requests = 0;
      const onRequest: (() => void)[] = [];
      const receiver = await startReceiver((request, res) => {
        const checkId = envelopeOf(request.body).data.check?.id;
        if (checkId) received.set(checkId, (received.get(checkId) ?? 0) + 1);
        requests += 1;
        for (const wake of onRequest.splice(0)) wake();
        res.end();
      });
      const deliveriesReach = (target: number): Promise<void> =>
        new Promise((wake) => {
          const check = (): void => (requests >= target ? wake() : void onRequest.push(check));
          check();
        });

      const points: string[] = [];
      for (let round = 0; round < kills; round++) {
        const point = killPoint(random);
        const hub = await hubs.next([dataDir, receiver.url, String(checksPerChild)]);
        let acks = 0;
        const ackReached: { target: number; wake: () => void }[] = [];
        // Every answer the API gave is an event the operator saw saved: it must arrive, whatever happens next.
        hub.onLine((line) => {
          if (!line.startsWith('ack ')) return;
          acknowledged.add(line.slice(4));
          acks += 1;
          for (const waiter of ackReached.filter((w) => acks >= w.target)) waiter.wake();
        });
        await hub.waitFor((line) => line === 'ready');

        const idle = hub.waitFor((line) => line === 'idle').catch(() => undefined);
        if (point.after === 'acks') {
          await Promise.race([new Promise<void>((wake) => ackReached.push({ target: point.count, wake })), idle]);
        } else if (point.after === 'deliveries') {
          await Promise.race([deliveriesReach(requests + point.count), idle]);
        }
        points.push(point.after === 'start' ? 'start' : `${point.count} ${point.after}`);
        hub.process.kill('SIGKILL');
        await once(hub.process, 'exit');
      }

      // A last start sends whatever is still queued.
      const final = await hubs.next([dataDir, receiver.url, '0']);
      await final.waitFor((line) => line === 'idle');
      final.process.kill('SIGTERM');
      await once(final.process, 'exit');

      const missing = [...acknowledged].filter((id) => !received.has(id));
      const duplicates = [...received.values()].reduce((sum, n) => sum + n - 1, 0);
      const db = new DatabaseSync(join(dataDir, 'hub.sqlite'), { readOnly: true });
      const unfinished = (
        db.prepare(`SELECT COUNT(*) AS n FROM deliveries WHERE state NOT IN ('delivered', 'superseded')`).get() as {
          n: number;
        }
      ).n;
      db.close();
      console.log(
        `crash test (seed ${seed}, replay with CRASH_SEED=${seed}): ${kills} SIGKILLs after [${points.join(', ')}]; ` +
          `${acknowledged.size} events acknowledged by the API, ${received.size} distinct received in ${requests} requests, ` +
          `${duplicates} duplicates, ${missing.length} acknowledged but never received`,
      );
      expect(acknowledged.size).toBeGreaterThan(0);
      expect(missing).toEqual([]);
      // Nothing left behind in the queue either (committed but unacknowledged events included).
      expect(unfinished).toBe(0);
    },
  );
});
