import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { privateFileMode } from '../files/private-files';
import { writeFileAtomic } from '../files/write-file-atomic';
import { folderInUseMessage } from './folder-in-use-message';

/** The file the operating system locks; empty, and harmless when left behind. */
export const lockFileName = 'instance.lock';
/** Who holds the lock, for the message a second start prints. */
export const holderFileName = 'instance.json';

const holderSchema = z.object({
  pid: z.number().int(),
  mode: z.enum(['electron', 'browser']),
  appVersion: z.string(),
  startedAt: z.string(),
  address: z.string().nullable(),
});

/** The hub that holds a data folder, as it described itself. */
export type LockHolder = z.infer<typeof holderSchema>;

/** A second hub tried to open a data folder that a running hub holds. */
export class DataFolderInUse extends Error {
  constructor(
    readonly dataDir: string,
    /** Null when the holder has not described itself yet (it is starting) or its file is unreadable. */
    readonly holder: LockHolder | null,
  ) {
    super(folderInUseMessage(dataDir, holder));
    this.name = 'DataFolderInUse';
  }
}

/** The held lock: while it is open no other hub, in any mode, can open the folder. */
export interface DataFolderLock {
  /** Adds what a second start should tell the operator, e.g. browser mode's address. */
  describe(details: { address: string }): void;
  /** Gives the folder up (on a clean shutdown; a crash releases it too). */
  release(): void;
}

// SQLite's "database is locked": another connection, in this or another process, holds it.
const sqliteBusy = 5;

function isBusy(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { errcode?: unknown }).errcode === sqliteBusy;
}

/**
 * Takes the data folder for this process, or throws {@link DataFolderInUse}.
 *
 * The lock is an operating-system file lock (SQLite's, through the built-in
 * `node:sqlite`: POSIX advisory locks, LockFileEx on Windows), held by an
 * exclusive transaction that is never committed. The OS drops it when the
 * process ends however it ends — SIGKILL, a crash, a power cut — so a lock left
 * by a dead process can never block a start, and there is no stale-lock timeout
 * to guess. Both the desktop app and browser mode open the core, and the core
 * takes this lock first, so one rule covers every mode.
 */
export function lockDataFolder(
  dataDir: string,
  owner: Pick<LockHolder, 'mode' | 'appVersion'>,
  now: Date,
  pid: number = process.pid,
): DataFolderLock {
  const holderPath = join(dataDir, holderFileName);
  const db = new DatabaseSync(join(dataDir, lockFileName));
  try {
    db.exec('PRAGMA busy_timeout = 0');
    // No journal file: nothing is ever written; the transaction exists only to hold the lock.
    db.exec('PRAGMA journal_mode = MEMORY');
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if (isBusy(error)) throw new DataFolderInUse(dataDir, readHolder(holderPath));
    throw error;
  }

  let holder: LockHolder = { pid, ...owner, startedAt: now.toISOString(), address: null };
  const write = (): void => writeFileAtomic(holderPath, `${JSON.stringify(holder, null, 2)}\n`, privateFileMode);
  let released = false;
  try {
    write();
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    describe(details) {
      if (released) return;
      holder = { ...holder, ...details };
      write();
    },
    release() {
      if (released) return;
      released = true;
      // Still holding the lock, so no new holder's file can be removed by mistake.
      rmSync(holderPath, { force: true });
      db.close();
    },
  };
}

/**
 * The holder's own description; null while it is still starting (the file may
 * then be a dead predecessor's), or when the file is damaged.
 */
function readHolder(path: string): LockHolder | null {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success && isAlive(parsed.data.pid) ? parsed.data : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
