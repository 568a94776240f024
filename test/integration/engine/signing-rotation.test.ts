import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it, vi } from 'vitest';
import { partnerSecretKeys } from '../../../electron/core/secrets/secret-keys';
import { startReceiver, useReceivers, type ReceivedRequest } from '../delivery/receiver';
import { fakeOsCipher } from '../../support/fakes';
import { partnerInput } from '../../support/partner-input';
import { oloOrder } from '../../support/order-event';
import { useUnlockedCores, type TestCore } from '../../support/test-core';
import { useTempDir } from '../../support/temp-dir';

useReceivers();
const newDir = useTempDir();
const openUnlocked = useUnlockedCores();
const open = (dir: string): Promise<TestCore> => openUnlocked(dir, { cipher: fakeOsCipher('k1') });

const hourMs = 3_600_000;

/**
 * Whether a partner holding `secret` accepts the request, verifying with the
 * Standard Webhooks reference library as a receiver would when it arrived: its
 * clock reads the request's time (the hub's clock is fake, and may be a day on).
 */
function accepts(secret: string, request: ReceivedRequest): boolean {
  vi.useFakeTimers({ toFake: ['Date'], now: Number(request.headers['webhook-timestamp']) * 1000 });
  try {
    new Webhook(secret).verify(request.body, request.headers);
    return true;
  } catch {
    return false;
  } finally {
    vi.useRealTimers();
  }
}

/** A signed partner, rotated with `overlapHours`; returns both secrets. */
async function rotatedPartner(core: TestCore, url: string, overlapHours: number) {
  const { partner, signingSecret: oldSecret = '' } = await core.value(
    'partners.create',
    partnerInput({ url, name: 'Acme Delivery', signingSecret: 'generate' }),
  );
  const { signingSecret: newSecret = '' } = await core.value('partners.rotateSigningSecret', {
    id: partner.id,
    overlapHours,
  });
  return { id: partner.id, oldSecret, newSecret };
}

describe('signing-secret rotation on the wire (#14)', () => {
  it('every attempt during the overlap verifies with the old and the new secret; a retry after it, with the new only', async () => {
    // A partner down for a day: every attempt fails, so the same webhook is retried across the stop.
    let answer = 500;
    const receiver = await startReceiver((_request, res) => {
      res.statusCode = answer;
      res.end();
    });
    const core = await open(newDir());
    const { oldSecret, newSecret } = await rotatedPartner(core, receiver.url, 24);
    const verdicts = () =>
      receiver.requests.map((request) => ({
        signatures: request.headers['webhook-signature']?.split(' ').length,
        old: accepts(oldSecret, request),
        new: accepts(newSecret, request),
      }));

    core.delivery.publish([oloOrder(1)]);
    await core.idle();
    core.clock.advance(5_000);
    core.delivery.engine.notify();
    await core.idle();
    // The first attempt, the immediate retry and the 5 s retry: all inside the overlap.
    const during = { signatures: 2, old: true, new: true };
    expect(verdicts()).toEqual([during, during, during]);

    // 24 hours after the rotation: the next retry (due at 5 min) goes out after the stop. Nothing
    // has forgotten the old secret yet (its timer is a real one): the attempt's own time decides.
    core.clock.advance(24 * hourMs - 5_000);
    answer = 200;
    core.delivery.engine.notify();
    await core.idle();
    expect(verdicts().at(-1)).toEqual({ signatures: 1, old: false, new: true });
    expect(new Set(receiver.requests.map((request) => request.headers['webhook-id'])).size).toBe(1);
    const [row] = (await core.value('deliveries.list', { filter: {} })).items;
    expect(row).toMatchObject({ state: 'delivered', attempts: 4 });

    // The log shows each attempt's signatures (not secret), and never a secret.
    const detail = await core.value('deliveries.get', { id: row?.id ?? 0 });
    expect(detail.attempts.map((a) => a.requestHeaders['webhook-signature']?.split(' ').length)).toEqual([2, 2, 2, 1]);
    for (const secret of [oldSecret, newSecret]) expect(JSON.stringify(detail)).not.toContain(secret.slice(6));
  });

  it('a partner still on the old secret keeps accepting through the overlap, and one on the new secret from the start', async () => {
    const core = await open(newDir());
    const secrets = { old: '', new: '' };
    const partnerOn = (which: 'old' | 'new') =>
      startReceiver((request, res) => {
        res.statusCode = accepts(secrets[which], request) ? 200 : 401;
        res.end();
      });
    const onOld = await partnerOn('old');
    const onNew = await partnerOn('new');
    const a = await rotatedPartner(core, onOld.url, 1);
    Object.assign(secrets, { old: a.oldSecret, new: a.newSecret });
    // The second endpoint gets the same pair: the partner's servers switch one at a time.
    await core.value('partners.update', {
      ...partnerInput({ url: onNew.url, name: 'Acme Delivery', signingSecret: 'keep' }),
      id: a.id,
    });

    core.delivery.publish([oloOrder(1)]);
    await core.idle();
    expect(onNew.requests).toHaveLength(1);
    await core.value('partners.update', {
      ...partnerInput({ url: onOld.url, name: 'Acme Delivery', signingSecret: 'keep' }),
      id: a.id,
    });
    core.delivery.publish([oloOrder(2)]);
    await core.idle();
    expect(onOld.requests).toHaveLength(1);
    expect((await core.value('deliveries.count', { filter: {} })).byState).toMatchObject({ delivered: 2 });

    // An hour later the old secret stops: the server still on it rejects what comes now.
    core.clock.advance(hourMs);
    core.signingOverlaps.check();
    core.delivery.publish([oloOrder(3)]);
    await core.idle();
    expect(onOld.requests.at(-1)?.headers['webhook-signature']?.split(' ')).toHaveLength(1);
    const [latest] = (await core.value('deliveries.list', { filter: {} })).items;
    expect(latest).toMatchObject({ state: 'retrying', lastStatus: 401 });
  });

  it('holds the partner while the old secret cannot be read in its overlap; ending the overlap sends with the new one', async () => {
    const receiver = await startReceiver((_request, res) => res.end());
    const dir = newDir();
    const first = await open(dir);
    const { id, oldSecret, newSecret } = await rotatedPartner(first, receiver.url, 24);
    await first.close();

    // Only the old secret no longer decrypts (as if it had been written under another OS key).
    const path = join(dir, 'secrets.json');
    const file = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, { data: string }> };
    const entry = file.entries[partnerSecretKeys(id).oldSigning];
    if (!entry) throw new Error('the old secret was not stored');
    entry.data = 'enc:another-key:AAAA';
    writeFileSync(path, JSON.stringify(file));

    const core = await open(dir);
    const [view] = await core.value('partners.list', {});
    expect(view?.signingRotation?.oldSecret).toEqual({ set: false, masked: null, unreadable: true });
    const notice = (await core.value('app.info', {})).notices.find((n) => n.message.includes('cannot be read'));
    expect(notice?.message).toContain('the old signing secret of “Acme Delivery”');

    core.delivery.publish([oloOrder(1)]);
    await core.idle();
    // Not sent with the new signature alone: a partner still on the old secret would reject it.
    expect(receiver.requests).toHaveLength(0);
    const [held] = (await core.value('deliveries.list', { filter: {} })).items;
    expect(held).toMatchObject({ state: 'paused' });
    expect(held?.lastReason).toMatch(/^Held: Acme Delivery’s old signing secret cannot be read.*End the overlap/);

    await core.value('partners.endSigningOverlap', { id });
    await core.idle();
    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    if (!request) throw new Error('nothing arrived');
    expect([accepts(newSecret, request), accepts(oldSecret, request)]).toEqual([true, false]);
  });
});
