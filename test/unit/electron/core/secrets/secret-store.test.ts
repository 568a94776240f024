import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SecretCipher } from '../../../../../electron/core/ports';
import { createPlaintextCipher } from '../../../../../electron/core/secrets/plaintext-cipher';
import { SecretStore } from '../../../../../electron/core/secrets/secret-store';
import { generateSigningSecret } from '../../../../../electron/core/secrets/signing-secret';
import { fakeOsCipher, fixedClock } from '../../../../support/fakes';
import { useTempDir } from '../../../../support/temp-dir';

const newDir = useTempDir();
const plain = createPlaintextCipher('no keyring');

/** Opens the store as the core does: open, then unlock what the OS encrypted. */
async function openStore(dir: string, cipher: SecretCipher): Promise<SecretStore> {
  const store = SecretStore.open(dir, cipher, fixedClock());
  await store.unlock();
  return store;
}

async function save(store: SecretStore, changes: [string, string | null][]): Promise<void> {
  store.commit(await store.seal(new Map(changes)));
}

function storedFile(dir: string): { entries: Record<string, { scheme: string; data: string }> } {
  return JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')) as never;
}

describe('SecretStore', () => {
  it('writes secrets to a file only the owner can read', async () => {
    const dir = newDir();
    await save(await openStore(dir, plain), [['k', 'sk_live_abcdef123456']]);
    expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect((await openStore(dir, plain)).get('k')).toBe('sk_live_abcdef123456');
  });

  it('stores only ciphertext when the OS can encrypt', async () => {
    const dir = newDir();
    await save(await openStore(dir, fakeOsCipher()), [['k', 'sk_live_abcdef123456']]);
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).not.toContain('sk_live_abcdef123456');
    expect((await openStore(dir, fakeOsCipher())).get('k')).toBe('sk_live_abcdef123456');
  });

  it('reads a secret encrypted with another key as unreadable, never as "not set", and keeps it on disk', async () => {
    const dir = newDir();
    await save(await openStore(dir, fakeOsCipher('old-key')), [
      ['k', 'v'],
      ['other', 'w'],
    ]);
    const before = readFileSync(join(dir, 'secrets.json'), 'utf8');
    const storedK = storedFile(dir).entries.k;
    const store = await openStore(dir, fakeOsCipher('new-key'));
    expect(store.read('k')).toEqual({ state: 'unreadable' });
    expect(store.get('k')).toBeNull();
    expect(store.unreadableKeys().sort()).toEqual(['k', 'other']);
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).toBe(before);

    // Saving another secret keeps the unreadable one exactly as stored: the old key may come back.
    await save(store, [['third', 'x']]);
    expect(storedFile(dir).entries.k).toEqual(storedK);
    expect((await openStore(dir, fakeOsCipher('old-key'))).get('k')).toBe('v');
  });

  it('reads OS-encrypted secrets as unreadable while the keyring is unavailable, and again once it is back', async () => {
    const dir = newDir();
    await save(await openStore(dir, fakeOsCipher()), [['k', 'v']]);
    expect((await openStore(dir, plain)).read('k')).toEqual({ state: 'unreadable' });
    expect((await openStore(dir, fakeOsCipher())).get('k')).toBe('v');
  });

  it('an entered-again secret replaces the unreadable one', async () => {
    const dir = newDir();
    await save(await openStore(dir, fakeOsCipher('old-key')), [['k', 'v']]);
    const store = await openStore(dir, fakeOsCipher('new-key'));
    await save(store, [['k', 'v2']]);
    expect(store.read('k')).toEqual({ state: 'set', value: 'v2' });
    expect(store.unreadableKeys()).toEqual([]);
    expect((await openStore(dir, fakeOsCipher('new-key'))).get('k')).toBe('v2');
  });

  it('encrypts secrets stored unencrypted once the OS can encrypt', async () => {
    const dir = newDir();
    await save(await openStore(dir, plain), [['k', 'sk_live_abcdef123456']]);
    expect(storedFile(dir).entries.k?.scheme).toBe('plain');

    const store = SecretStore.open(dir, fakeOsCipher(), fixedClock());
    expect(store.needsUnlock).toBe(true);
    expect(await store.unlock()).toEqual({ unreadable: [], reEncrypted: 1 });
    expect(storedFile(dir).entries.k?.scheme).toBe('os');
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).not.toContain('sk_live_abcdef123456');
    expect((await openStore(dir, fakeOsCipher())).get('k')).toBe('sk_live_abcdef123456');
  });

  it('encrypts a secret again under the current key when the OS says its key was rotated', async () => {
    const dir = newDir();
    await save(await openStore(dir, fakeOsCipher('k1')), [['k', 'v']]);
    const report = await SecretStore.open(dir, fakeOsCipher('k2', 'k1'), fixedClock()).unlock();
    expect(report.reEncrypted).toBe(1);
    // Only the new key is needed from now on.
    expect((await openStore(dir, fakeOsCipher('k2'))).get('k')).toBe('v');
  });

  it('asks the OS to decrypt each secret once, at unlock, not on every delivery', async () => {
    const dir = newDir();
    await save(await openStore(dir, fakeOsCipher()), [['k', 'v1']]);
    const cipher = fakeOsCipher();
    let decrypts = 0;
    const counting: SecretCipher = { ...cipher, decrypt: (stored) => (decrypts++, cipher.decrypt(stored)) };
    const store = await openStore(dir, counting);
    for (let i = 0; i < 5; i++) expect(store.get('k')).toBe('v1');
    await save(store, [['k', 'v2']]);
    expect(store.get('k')).toBe('v2');
    expect(decrypts).toBe(1);
  });

  it('removes secrets and keeps the others', async () => {
    const dir = newDir();
    const store = await openStore(dir, plain);
    await save(store, [
      ['a', '1'],
      ['b', '2'],
    ]);
    store.remove(['a']);
    expect(store.has('a')).toBe(false);
    expect((await openStore(dir, plain)).get('b')).toBe('2');
  });

  it('a rolled-back save puts back exactly what was stored, unreadable entries included', async () => {
    const dir = newDir();
    await save(await openStore(dir, fakeOsCipher('old-key')), [['k', 'v']]);
    const store = await openStore(dir, fakeOsCipher('new-key'));
    store.stage(
      await store.seal(
        new Map([
          ['k', 'replaced'],
          ['absent', 'now-present'],
        ]),
      ),
    );
    expect(store.get('k')).toBe('replaced');
    store.rollBack();
    expect(store.read('k')).toEqual({ state: 'unreadable' });
    expect(store.has('absent')).toBe(false);
    expect((await openStore(dir, fakeOsCipher('old-key'))).get('k')).toBe('v');
  });

  it('sets a corrupt file aside and reports it', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'secrets.json'), '\u0000\u0001garbage');
    const store = SecretStore.open(dir, plain, fixedClock());
    expect(store.problem?.kind).toBe('corrupt');
    expect(store.get('k')).toBeNull();
    expect(readdirSync(dir)).toContain('secrets.corrupt-2026-11-22T12-00-00-000Z.json');
  });
});

describe('generateSigningSecret', () => {
  it('makes a whsec_ secret of 32 random bytes, different each time', () => {
    const a = generateSigningSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32);
    expect(generateSigningSecret()).not.toBe(a);
  });
});
