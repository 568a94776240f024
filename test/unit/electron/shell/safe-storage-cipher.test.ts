import { describe, expect, it, vi } from 'vitest';
import { createSafeStorageCipher, plaintextReasons } from '../../../../electron/shell/safe-storage-cipher';

type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

/** safeStorage stand-in with a reversible "encryption" that is visibly not the plain text. */
function fakeSafeStorage(available: boolean, backend: Backend = 'gnome_libsecret') {
  return {
    isEncryptionAvailable: vi.fn(() => available),
    getSelectedStorageBackend: vi.fn(() => backend),
    encryptString: vi.fn((plain: string) => Buffer.from(`enc:${[...plain].reverse().join('')}`, 'utf8')),
    decryptString: vi.fn((data: Buffer) => {
      const text = data.toString('utf8');
      if (!text.startsWith('enc:'))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return [...text.slice(4)].reverse().join('');
    }),
  };
}

describe('safeStorage cipher', () => {
  it('round-trips through safeStorage and stores base64, not the secret', () => {
    const storage = fakeSafeStorage(true);
    const cipher = createSafeStorageCipher(storage, 'linux');
    const stored = cipher.encrypt('whsec_abc123');
    expect(stored).not.toContain('whsec_abc123');
    expect(stored).toBe(Buffer.from('enc:321cba_ceshw').toString('base64'));
    expect(cipher.decrypt(stored)).toBe('whsec_abc123');
    expect(cipher.protection.encrypted).toBe(true);
    expect(cipher.protection.description).toContain('GNOME Keyring');
  });

  it('is encrypted on macOS and Windows without asking for a Linux backend', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const storage = fakeSafeStorage(true);
      const cipher = createSafeStorageCipher(storage, platform);
      expect(cipher.protection.encrypted).toBe(true);
      expect(storage.getSelectedStorageBackend).not.toHaveBeenCalled();
    }
  });

  it('falls back to plain text, and says why, when encryption is unavailable', () => {
    const storage = fakeSafeStorage(false);
    const cipher = createSafeStorageCipher(storage, 'linux');
    expect(cipher.protection).toEqual({ encrypted: false, description: plaintextReasons.noKeyring });
    expect(cipher.encrypt('key-1')).toBe('key-1');
    expect(cipher.decrypt('key-1')).toBe('key-1');
    expect(storage.encryptString).not.toHaveBeenCalled();
  });

  it('treats Linux basic_text (a hard-coded key) as unencrypted', () => {
    const storage = fakeSafeStorage(true, 'basic_text');
    const cipher = createSafeStorageCipher(storage, 'linux');
    expect(cipher.protection.encrypted).toBe(false);
    expect(cipher.protection.description).toMatch(/No system keyring/);
    expect(cipher.encrypt('key-1')).toBe('key-1');
    expect(storage.encryptString).not.toHaveBeenCalled();
  });

  it('names the cause in words on other platforms without encryption', () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage(false), 'win32');
    expect(cipher.protection).toEqual({ encrypted: false, description: plaintextReasons.unavailable });
  });

  it('lets a value that was not encrypted with this key fail loudly', () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage(true), 'darwin');
    expect(() => cipher.decrypt(Buffer.from('tampered').toString('base64'))).toThrow(/decrypting/);
  });
});
