import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HubOptions } from '../../../../../electron/core/ports';
import { partnerSecretKeys } from '../../../../../electron/core/secrets/secret-keys';
import { fakeOsCipher, fixedClock } from '../../../../support/fakes';
import { partnerInput } from '../../../../support/partner-input';
import { useUnlockedCores, type TestCore } from '../../../../support/test-core';
import { useTempDir } from '../../../../support/temp-dir';

const newDir = useTempDir();
const openUnlocked = useUnlockedCores();

const hourMs = 3_600_000;

/** The core as the desktop app opens it: secrets encrypted by the (fake) OS keyring. */
const open = (dir: string, options: Partial<HubOptions> = {}): Promise<TestCore> =>
  openUnlocked(dir, { cipher: fakeOsCipher('k1'), ...options });

/** A signed partner; returns its id and its (first) secret. */
async function signedPartner(core: TestCore): Promise<{ id: string; first: string }> {
  const saved = await core.value(
    'partners.create',
    partnerInput({ url: 'https://acme.example/hooks', name: 'Acme Delivery', signingSecret: 'generate' }),
  );
  return { id: saved.partner.id, first: saved.signingSecret ?? '' };
}

const files = (dir: string) => ({
  settings: readFileSync(join(dir, 'settings.json'), 'utf8'),
  secrets: readFileSync(join(dir, 'secrets.json'), 'utf8'),
});
const storedKeys = (dir: string): string[] =>
  Object.keys((JSON.parse(files(dir).secrets) as { entries: object }).entries);
const masked = (secret: string) => ({ set: true, masked: `••••${secret.slice(-4)}` });

describe('rotating a partner’s signing secret with an overlap (#14)', () => {
  it('returns the new secret once; the old one is kept encrypted, masked, until the stop time', async () => {
    const dir = newDir();
    const core = await open(dir);
    const { id, first } = await signedPartner(core);
    const rotatedAt = core.clock.now();

    const saved = await core.value('partners.rotateSigningSecret', { id, overlapHours: 24 });
    const second = saved.signingSecret ?? '';
    expect(second).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(second).not.toBe(first);
    expect(saved.partner.signingSecret).toEqual(masked(second));
    expect(saved.partner.signingRotation).toEqual({
      rotatedAt: rotatedAt.toISOString(),
      oldSecretStopsAt: new Date(rotatedAt.getTime() + 24 * hourMs).toISOString(),
      oldSecret: masked(first),
    });

    // Never again in full: not in the list, not in either file (the keyring encrypts both secrets).
    const [listed] = await core.value('partners.list', {});
    expect(listed).toEqual(saved.partner);
    const everything = JSON.stringify(listed) + files(dir).settings + files(dir).secrets;
    for (const secret of [first, second]) expect(everything).not.toContain(secret.slice(6));
    expect(storedKeys(dir)).toContain(partnerSecretKeys(id).oldSigning);

    // A restart keeps the rotation and both secrets.
    await core.close();
    const again = await open(dir);
    expect((await again.value('partners.list', {}))[0]?.signingRotation).toEqual(saved.partner.signingRotation);
  });

  it('refuses bad input in the manager’s words and changes nothing', async () => {
    const dir = newDir();
    const core = await open(dir);
    const { id } = await signedPartner(core);
    const unsigned = await core.value('partners.create', partnerInput({ url: 'https://u.example/', name: 'Plain' }));
    const before = files(dir);

    const invalid = [
      [{ id, overlapHours: 0 }, 'overlapHours', /at least 1 hour/],
      [{ id, overlapHours: 169 }, 'overlapHours', /at most 7 days/],
      [{ id, overlapHours: 1.5 }, 'overlapHours', /whole number of hours/],
      [{ id, overlapHours: '24' }, 'overlapHours', /./],
      [{ id }, 'overlapHours', /./],
      [{ id: '', overlapHours: 24 }, 'id', /./],
      [{ id, overlapHours: 24, secret: 'whsec_mine' }, '', /./],
    ] as const;
    for (const [input, path, message] of invalid) {
      const result = await core.call('partners.rotateSigningSecret', input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
      if (result.ok) continue;
      expect(result.error.issues?.[0]?.path).toBe(path);
      expect(result.error.issues?.[0]?.message).toMatch(message);
    }
    expect(await core.call('partners.rotateSigningSecret', { id: 'gone', overlapHours: 24 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(
      await core.call('partners.rotateSigningSecret', { id: unsigned.partner.id, overlapHours: 24 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', message: '“Plain” has no signing secret to rotate. Generate one with Edit.' },
    });
    expect(await core.call('partners.endSigningOverlap', { id: 'gone' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(files(dir)).toEqual(before);
    expect((await core.value('partners.list', {})).map((p) => p.signingRotation)).toEqual([null, null]);
  });

  it('rotates again during an overlap only when told the older secret stops at once', async () => {
    const dir = newDir();
    const core = await open(dir);
    const { id } = await signedPartner(core);
    const second = (await core.value('partners.rotateSigningSecret', { id, overlapHours: 24 })).signingSecret ?? '';
    const before = files(dir);

    const refused = await core.call('partners.rotateSigningSecret', { id, overlapHours: 24 });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', issues: [{ path: 'replaceOldSecret' }] },
    });
    if (!refused.ok) expect(refused.error.message).toMatch(/^The old secret of the last rotation of “Acme Delivery”/);
    expect(files(dir)).toEqual(before);

    core.clock.advance(hourMs);
    const third = await core.value('partners.rotateSigningSecret', { id, overlapHours: 1, replaceOldSecret: true });
    // The secret that was current becomes the old one; the first is gone.
    expect(third.partner.signingRotation).toMatchObject({
      oldSecret: masked(second),
      oldSecretStopsAt: new Date(core.clock.now().getTime() + hourMs).toISOString(),
    });
    expect(third.partner.signingSecret).toEqual(masked(third.signingSecret ?? ''));
  });

  it('ends the overlap now on request, and again is harmless', async () => {
    const dir = newDir();
    const core = await open(dir);
    const { id } = await signedPartner(core);
    const { signingSecret } = await core.value('partners.rotateSigningSecret', { id, overlapHours: 168 });

    const ended = await core.value('partners.endSigningOverlap', { id });
    expect(ended.signingRotation).toBeNull();
    expect(ended.signingSecret).toEqual(masked(signingSecret ?? ''));
    expect(storedKeys(dir)).not.toContain(partnerSecretKeys(id).oldSigning);
    expect(JSON.parse(files(dir).settings)).toMatchObject({ partners: [{ signingRotation: null }] });
    expect(await core.value('partners.endSigningOverlap', { id })).toEqual(ended);
    expect(core.pushed.filter((p) => p.event === 'settings.changed').at(-1)?.payload).toEqual({ scope: 'partners' });
  });

  it('a secret replaced or removed with Edit, or the partner deleted, takes the old secret with it', async () => {
    const dir = newDir();
    const core = await open(dir);
    const { id } = await signedPartner(core);
    const edit = (signingSecret: 'keep' | 'generate' | 'clear') =>
      core.value('partners.update', {
        ...partnerInput({ url: 'https://acme.example/hooks', name: 'Acme Delivery', signingSecret }),
        id,
      });

    await core.value('partners.rotateSigningSecret', { id, overlapHours: 24 });
    expect((await edit('keep')).partner.signingRotation).not.toBeNull();
    expect((await edit('generate')).partner.signingRotation).toBeNull();
    expect(storedKeys(dir)).not.toContain(partnerSecretKeys(id).oldSigning);

    await core.value('partners.rotateSigningSecret', { id, overlapHours: 24 });
    expect((await edit('clear')).partner).toMatchObject({ signingSecret: { set: false }, signingRotation: null });
    expect(storedKeys(dir)).toEqual([]);

    await edit('generate');
    await core.value('partners.rotateSigningSecret', { id, overlapHours: 24 });
    await core.value('partners.delete', { id });
    expect(storedKeys(dir)).toEqual([]);
  });

  it('forgets the old secret when the overlap ends, to the millisecond (fake clock)', async () => {
    const dir = newDir();
    const core = await open(dir);
    const { id } = await signedPartner(core);
    await core.value('partners.rotateSigningSecret', { id, overlapHours: 6 });

    core.clock.advance(6 * hourMs - 1);
    core.signingOverlaps.check();
    expect((await core.value('partners.list', {}))[0]?.signingRotation).not.toBeNull();

    core.clock.advance(1);
    core.signingOverlaps.check();
    expect((await core.value('partners.list', {}))[0]?.signingRotation).toBeNull();
    expect(storedKeys(dir)).toEqual([partnerSecretKeys(id).signing]);
  });

  it('a start after the overlap ended (the app was closed) forgets the old secret at once', async () => {
    const dir = newDir();
    const first = await open(dir);
    const { id } = await signedPartner(first);
    await first.value('partners.rotateSigningSecret', { id, overlapHours: 1 });
    await first.close();

    const later = await open(dir, { clock: fixedClock(new Date(Date.now() + 2 * hourMs).toISOString()) });
    expect((await later.value('partners.list', {}))[0]?.signingRotation).toBeNull();
    expect(storedKeys(dir)).toEqual([partnerSecretKeys(id).signing]);
  });
});
