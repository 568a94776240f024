import type { SafeStorage } from 'electron';
import { createPlaintextCipher } from '../core/secrets/plaintext-cipher';
import type { SecretCipher } from '../core/ports';

/** Why secrets are stored unencrypted, in words for the operator. */
export const plaintextReasons = {
  noKeyring:
    'No system keyring (such as GNOME Keyring or KWallet) is available, so secrets are stored unencrypted in a file only your user account can read.',
  unavailable:
    'This computer does not offer encryption for app secrets, so they are stored unencrypted in a file only your user account can read.',
} as const;

function encryptedDescription(platform: NodeJS.Platform, backend: string | undefined): string {
  if (platform === 'darwin') return 'Secrets are encrypted with a key kept in your macOS Keychain.';
  if (platform === 'win32') return 'Secrets are encrypted with Windows data protection for your user account.';
  const keyring = backend?.startsWith('kwallet')
    ? 'KWallet'
    : backend === 'gnome_libsecret'
      ? 'GNOME Keyring'
      : 'your system keyring';
  return `Secrets are encrypted with a key kept in ${keyring}.`;
}

/**
 * The Electron secret cipher: `safeStorage`'s asynchronous API (Keychain, DPAPI,
 * or the Linux keyring), stored as base64. Call after `app` is ready — before
 * that no encryption is available. On Linux without a keyring Electron would
 * "encrypt" with a hard-coded key (`basic_text`), which protects nothing, so that
 * case is treated as unencrypted and said so. A decryption that fails (the key
 * changed, or the keyring is only temporarily unavailable) rejects, and the core
 * holds what needs the secret; `shouldReEncrypt` (the OS rotated its key) is
 * passed on, so the core stores the value again under the current key.
 */
export async function createSafeStorageCipher(
  safeStorage: Pick<
    SafeStorage,
    'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
  >,
  platform: NodeJS.Platform = process.platform,
): Promise<SecretCipher> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) {
    return createPlaintextCipher(platform === 'linux' ? plaintextReasons.noKeyring : plaintextReasons.unavailable);
  }
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined;
  if (backend === 'basic_text') return createPlaintextCipher(plaintextReasons.noKeyring);
  return {
    protection: { encrypted: true, description: encryptedDescription(platform, backend) },
    encrypt: async (plain) => (await safeStorage.encryptStringAsync(plain)).toString('base64'),
    decrypt: async (stored) => {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(stored, 'base64'));
      return { plain: result, reEncrypt: shouldReEncrypt };
    },
  };
}
