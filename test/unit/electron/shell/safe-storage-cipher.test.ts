import { describe, expect, it, vi } from 'vitest';
import { createSafeStorageCipher, plaintextReasons } from '../../../../electron/shell/safe-storage-cipher';

type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

/**
 * safeStorage's asynchronous API with a reversible "encryption" that is visibly
 * not the plain text. `rotated` makes it report what Electron reports after the
 * OS rotated its key: the value decrypts, and should be encrypted again.
 */
function fakeSafeStorage(available: boolean, backend: Backend = 'gnome_libsecret', rotated = false) {
  return {
    isAsyncEncryptionAvailable: vi.fn(() => Promise.resolve(available)),
    getSelectedStorageBackend: vi.fn(() => backend),
    encryptStringAsync: vi.fn((plain: string) =>
      Promise.resolve(Buffer.from(`enc:${[...plain].reverse().join('')}`, 'utf8')),
    ),
    decryptStringAsync: vi.fn((data: Buffer) => {
      const text = data.toString('utf8');
      if (!text.startsWith('enc:'))
        return Promise.reject(
          new Error('Error while decrypting the ciphertext provided to safeStorage.decryptStringAsync.'),
        );
      return Promise.resolve({ result: [...text.slice(4)].reverse().join(''), shouldReEncrypt: rotated });
    }),
  };
}

describe('safeStorage cipher', () => {
  it('round-trips through the asynchronous safeStorage API and stores base64, not the secret', async () => {
    const storage = fakeSafeStorage(true);
    const cipher = await createSafeStorageCipher(storage, 'linux');
    const stored = await cipher.encrypt('whsec_abc123');
    expect(stored).not.toContain('whsec_abc123');
    expect(stored).toBe(Buffer.from('enc:321cba_ceshw').toString('base64'));
    expect(await cipher.decrypt(stored)).toEqual({ plain: 'whsec_abc123', reEncrypt: false });
    expect(cipher.protection.encrypted).toBe(true);
    expect(cipher.protection.description).toContain('GNOME Keyring');
  });

  it('passes on the OS asking for a value to be encrypted again', async () => {
    const cipher = await createSafeStorageCipher(fakeSafeStorage(true, 'gnome_libsecret', true), 'linux');
    expect(await cipher.decrypt(await cipher.encrypt('k'))).toEqual({ plain: 'k', reEncrypt: true });
  });

  it('is encrypted on macOS and Windows without asking for a Linux backend', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const storage = fakeSafeStorage(true);
      const cipher = await createSafeStorageCipher(storage, platform);
      expect(cipher.protection.encrypted).toBe(true);
      expect(storage.getSelectedStorageBackend).not.toHaveBeenCalled();
    }
  });

  it('falls back to plain text, and says why, when encryption is unavailable', async () => {
    const storage = fakeSafeStorage(false);
    const cipher = await createSafeStorageCipher(storage, 'linux');
    expect(cipher.protection).toEqual({ encrypted: false, description: plaintextReasons.noKeyring });
    expect(await cipher.encrypt('key-1')).toBe('key-1');
    expect(storage.encryptStringAsync).not.toHaveBeenCalled();
  });

  it('treats Linux basic_text (a hard-coded key) as unencrypted', async () => {
    const storage = fakeSafeStorage(true, 'basic_text');
    const cipher = await createSafeStorageCipher(storage, 'linux');
    expect(cipher.protection.encrypted).toBe(false);
    expect(cipher.protection.description).toMatch(/No system keyring/);
    expect(await cipher.encrypt('key-1')).toBe('key-1');
    expect(storage.encryptStringAsync).not.toHaveBeenCalled();
  });

  it('names the cause in words on other platforms without encryption', async () => {
    const cipher = await createSafeStorageCipher(fakeSafeStorage(false), 'win32');
    expect(cipher.protection).toEqual({ encrypted: false, description: plaintextReasons.unavailable });
  });

  it('lets a value that was not encrypted with this key fail loudly', async () => {
    const cipher = await createSafeStorageCipher(fakeSafeStorage(true), 'darwin');
    await expect(cipher.decrypt(Buffer.from('tampered').toString('base64'))).rejects.toThrow(/decrypting/);
  });
});
