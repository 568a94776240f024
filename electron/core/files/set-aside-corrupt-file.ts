import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/**
 * Moves an unreadable file out of the way so the app can start, keeping it for
 * the operator (or support) to recover from. The timestamp keeps repeated
 * corruptions from overwriting each other's backups.
 *
 * @returns the backup's path
 */
export function setAsideCorruptFile(path: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const ext = extname(path);
  let backup = join(dirname(path), `${basename(path, ext)}.corrupt-${stamp}${ext}`);
  for (let n = 2; existsSync(backup); n++) {
    backup = join(dirname(path), `${basename(path, ext)}.corrupt-${stamp}-${n}${ext}`);
  }
  renameSync(path, backup);
  return backup;
}
