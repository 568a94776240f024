import type { SecretCipher } from '../ports';

/**
 * The cipher for machines without OS-backed encryption: the secret is stored as
 * is, protected only by the 0600 file it lives in. `protection` says so in plain
 * words, so the UI can tell the operator rather than pretend.
 */
export function createPlaintextCipher(reason: string): SecretCipher {
  return {
    protection: { encrypted: false, description: reason },
    encrypt: (plain) => Promise.resolve(plain),
    decrypt: (stored) => Promise.resolve({ plain: stored, reEncrypt: false }),
  };
}
