import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlaintextCipher } from '../../../../../electron/core/secrets/plaintext-cipher';
import { SecretStore } from '../../../../../electron/core/secrets/secret-store';
import { generateSigningSecret } from '../../../../../electron/core/secrets/signing-secret';
import { fakeOsCipher, fixedClock } from '../../../../support/fakes';
import { useTempDir } from '../../../../support/temp-dir';

const newDir = useTempDir();
const plain = createPlaintextCipher('no keyring');

describe('SecretStore', () => {
  it('writes secrets to a file only the owner can read', () => {
    const dir = newDir();
    SecretStore.open(dir, plain, fixedClock()).apply(new Map([['k', 'sk_live_abcdef123456']]));
    expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(SecretStore.open(dir, plain, fixedClock()).get('k')).toBe('sk_live_abcdef123456');
  });

  it('stores only ciphertext when the OS can encrypt', () => {
    const dir = newDir();
    SecretStore.open(dir, fakeOsCipher(), fixedClock()).apply(new Map([['k', 'sk_live_abcdef123456']]));
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).not.toContain('sk_live_abcdef123456');
    expect(SecretStore.open(dir, fakeOsCipher(), fixedClock()).get('k')).toBe('sk_live_abcdef123456');
  });

  it('treats a secret it can no longer decrypt as not set instead of failing', () => {
    const dir = newDir();
    SecretStore.open(dir, fakeOsCipher(), fixedClock()).apply(new Map([['k', 'v']]));
    // The keyring is gone: the store falls back to plain text and cannot read OS ciphertext.
    expect(SecretStore.open(dir, plain, fixedClock()).get('k')).toBeNull();
  });

  it('asks the OS to decrypt a secret once, not on every delivery, and again after a change', () => {
    const dir = newDir();
    SecretStore.open(dir, fakeOsCipher(), fixedClock()).apply(new Map([['k', 'v1']]));
    const cipher = fakeOsCipher();
    let decrypts = 0;
    const counting = { ...cipher, decrypt: (stored: string) => (decrypts++, cipher.decrypt(stored)) };
    const store = SecretStore.open(dir, counting, fixedClock());
    for (let i = 0; i < 5; i++) expect(store.get('k')).toBe('v1');
    expect(decrypts).toBe(1);
    store.apply(new Map([['k', 'v2']]));
    expect(store.get('k')).toBe('v2');
    expect(decrypts).toBe(2);
  });

  it('removes a secret on null and keeps the others', () => {
    const dir = newDir();
    const store = SecretStore.open(dir, plain, fixedClock());
    store.apply(
      new Map([
        ['a', '1'],
        ['b', '2'],
      ]),
    );
    store.apply(new Map([['a', null]]));
    expect(store.has('a')).toBe(false);
    expect(SecretStore.open(dir, plain, fixedClock()).get('b')).toBe('2');
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
