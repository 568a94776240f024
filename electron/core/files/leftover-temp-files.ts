import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Temporary files of an interrupted atomic write: ours (`secrets.json.1234.tmp`,
 * see `write-file-atomic.ts`) and those of `atomically`, which conf and
 * electron-store write settings through (`settings.json.tmp-<16 hex digits>`).
 */
const leftoverPattern = /^[\w.-]+\.json\.(\d+\.tmp|tmp-[0-9a-f]{16})$/;

/**
 * Deletes what a kill in the middle of a write left behind: such a file may hold
 * a secret, and it is never the current version of anything (the rename that
 * would have made it so did not happen). Call only while holding the data
 * folder's lock, so no live write of another hub can be removed.
 *
 * @returns the names removed
 */
export function removeLeftoverTempFiles(dir: string): string[] {
  const leftovers = readdirSync(dir).filter((name) => leftoverPattern.test(name));
  for (const name of leftovers) rmSync(join(dir, name), { force: true });
  return leftovers;
}
