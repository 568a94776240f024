import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** The temporary sibling `writeFileAtomic` writes first; `leftover-temp-files.ts` knows the pattern. */
export function tempPathFor(path: string): string {
  return `${path}.${process.pid}.tmp`;
}

/**
 * Writes `path` so that a crash leaves either the old or the new content, never a
 * torn file: write a temporary sibling (created with `mode`, so a secret is never
 * readable by others), flush it to disk, rename it over, then flush the folder so
 * the rename itself survives a power cut. A kill between the first write and the
 * rename leaves the temporary file behind; the next start removes it
 * (`removeLeftoverTempFiles`).
 */
export function writeFileAtomic(path: string, data: string, mode: number): void {
  const temp = tempPathFor(path);
  const fd = openSync(temp, 'w', mode);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, path);
  syncFolder(dirname(path));
}

/** Windows cannot open a folder to flush it (and NTFS journals renames itself). */
function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
