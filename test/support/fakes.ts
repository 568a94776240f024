import type { Clock, ConnectivityProbe, SecretCipher } from '../../electron/core/ports';

/** A clock that only moves when told, so timestamps are exact in assertions. */
export function fixedClock(iso = '2026-11-22T12:00:00.000Z'): Clock & { advance(ms: number): void } {
  let now = new Date(iso).getTime();
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

/**
 * A reversible stand-in for safeStorage: visibly different from the plain text,
 * so a test can tell whether the store encrypted.
 */
export function fakeOsCipher(): SecretCipher {
  return {
    protection: { encrypted: true, description: 'Encrypted by the test cipher.' },
    encrypt: (plain) => `enc:${Buffer.from(plain).toString('base64')}`,
    decrypt: (stored) => {
      if (!stored.startsWith('enc:')) throw new Error('not ours');
      return Buffer.from(stored.slice(4), 'base64').toString();
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
