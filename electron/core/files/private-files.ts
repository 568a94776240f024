import { chmodSync, mkdirSync } from 'node:fs';

/** Owner-only permissions for files that may hold secrets (ignored on Windows). */
export const privateFileMode = 0o600;
export const privateDirMode = 0o700;

/** Creates the data folder readable by this user only. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: privateDirMode });
}

/**
 * Re-applies 0600 to a file written by a library that may have used the umask,
 * so a secret never sits world-readable even for a moment longer than needed.
 */
export function restrictToOwner(path: string): void {
  if (process.platform !== 'win32') chmodSync(path, privateFileMode);
}
