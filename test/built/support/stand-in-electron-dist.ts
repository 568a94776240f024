import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The sentinel @electron/fuses looks for in an Electron binary; the fuse wire follows it. */
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's fuses as an unmodified Electron ships them (wire version 1, eight
 * fuses, '1' on / '0' off): run-as-node, cookie encryption, NODE_OPTIONS, --inspect,
 * asar integrity, only-load-from-asar, browser V8 snapshot, file:// privileges.
 */
export const shippedFuses = '10011001';

/**
 * An unpacked Electron distribution for electron-builder's `electronDist`,
 * without Electron: an `electron` executable that only carries a fuse wire
 * (where the real binary has one, so electron-builder's fuse flipping has
 * something to flip), and the files electron-builder copies or keeps beside it.
 */
export function writeStandInElectronDist(dir: string, version: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron: it cannot run anything"\nexit 1\n'),
    Buffer.from(fuseSentinel),
    Buffer.from([1, shippedFuses.length]),
    Buffer.from(shippedFuses),
    Buffer.from('\n'),
  ]);
  writeFileSync(join(dir, 'electron'), binary);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'chrome-sandbox'), '');
  writeFileSync(join(dir, 'LICENSE'), 'MIT (stand-in)');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>stand-in</title>');
  writeFileSync(join(dir, 'version'), version);
  return dir;
}
