import type { Clock, ConnectivityProbe, SecretCipher } from '../../electron/core/ports';

/** A clock that only moves when told, so timestamps are exact in assertions. */
export function fixedClock(iso = '2026-11-22T12:00:00.000Z'): Clock & { advance(ms: number): void } {
  let now = new Date(iso).getTime();
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

/**
 * A reversible stand-in for safeStorage: visibly different from the plain text,
 * so a test can tell whether the store encrypted. `key` names the OS key: a
 * cipher with another key cannot decrypt (the keyring was reset, or the folder
 * came from another user); `rotatedFrom` decrypts that older key's values too and
 * asks for them to be encrypted again, as safeStorage does after a key rotation.
 */
export function fakeOsCipher(key = 'k1', rotatedFrom?: string): SecretCipher {
  return {
    protection: { encrypted: true, description: 'Encrypted by the test cipher.' },
    encrypt: (plain) => Promise.resolve(`enc:${key}:${Buffer.from(plain).toString('base64')}`),
    decrypt: (stored) => {
      const [scheme, storedKey, data] = stored.split(':');
      if (scheme !== 'enc' || data === undefined || (storedKey !== key && storedKey !== rotatedFrom)) {
        return Promise.reject(new Error('Error while decrypting the ciphertext provided to safeStorage.'));
      }
      return Promise.resolve({ plain: Buffer.from(data, 'base64').toString(), reEncrypt: storedKey !== key });
    },
  };
}

/** Connectivity the test flips by hand. */
export function manualConnectivity(initial = true): ConnectivityProbe & { set(online: boolean): void } {
  let online = initial;
  const watchers = new Set<() => void>();
  return {
    isOnline: () => online,
    watch: (cb) => {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
    set(next) {
      online = next;
      for (const cb of watchers) cb();
    },
  };
}
