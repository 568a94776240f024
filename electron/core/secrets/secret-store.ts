import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { privateFileMode, restrictToOwner } from '../files/private-files';
import { setAsideCorruptFile } from '../files/set-aside-corrupt-file';
import { writeFileAtomic } from '../files/write-file-atomic';
import type { Clock, SecretCipher } from '../ports';

export const secretsFileName = 'secrets.json';

/** `os`: encrypted by the OS (safeStorage); `plain`: stored as is in the 0600 file. */
const entrySchema = z.object({ scheme: z.enum(['os', 'plain']), data: z.string() });
const entriesSchema = z.record(z.string(), entrySchema);
const fileSchema = z.object({
  version: z.literal(1),
  /**
   * Which save these secrets belong to; the settings file records the number of
   * the save it belongs to (`secretsGeneration`). Files from before it are 0.
   */
  generation: z.number().int().min(0).default(0),
  entries: entriesSchema,
  /**
   * The secrets before a save that touches the settings too, kept until the
   * settings file has been written: if the app is killed in between, the next
   * start puts them back (see `settings-with-secrets.ts`).
   */
  previous: z.object({ generation: z.number().int().min(0), entries: entriesSchema }).optional(),
});

type SecretsFile = z.infer<typeof fileSchema>;
type StoredEntry = z.infer<typeof entrySchema>;

/** What opening the store found wrong, for a notice; null when all was well. */
export type SecretStoreProblem = { kind: 'corrupt'; backupPath: string } | null;

/**
 * One secret as the core sees it. `unreadable`: a value is stored but cannot be
 * decrypted on this computer now (the keyring was reset or is unavailable, or the
 * folder came from another user or PC). It is kept on disk untouched, and whatever
 * needs it is held rather than sent without it.
 */
export type SecretState = { state: 'unset' } | { state: 'set'; value: string } | { state: 'unreadable' };

const unset: SecretState = { state: 'unset' };
const unreadable: SecretState = { state: 'unreadable' };

/** What unlocking did, for the log and the tests. */
export interface UnlockReport {
  /** Keys whose stored value could not be decrypted. */
  unreadable: string[];
  /** Entries written again: stored unencrypted before OS encryption was available, or the OS asked to (key rotation). */
  reEncrypted: number;
}

/** Secrets encrypted and ready to be written by {@link SecretStore.commit} or {@link SecretStore.stage}; `null` removes the key. */
export interface SealedSecrets {
  readonly writes: ReadonlyMap<string, { entry: StoredEntry; state: SecretState } | null>;
}

/**
 * Secrets (API key values, partner header values, signing secrets) live apart from
 * the settings file, in `secrets.json` (0600), each entry encrypted by the injected
 * cipher when the OS allows. Settings refer to them by key, so the settings file
 * can be shared for support without leaking a secret.
 *
 * The OS cipher is asynchronous, so the store works in two steps: {@link unlock}
 * decrypts everything once at start (deliveries need their secrets on every send,
 * and decrypting through the keychain each time would cost more than sending),
 * and a save first {@link seal}s (encrypts) its new values, then writes them
 * synchronously: {@link commit} on their own, or {@link stage} / {@link settle} /
 * {@link rollBack} around the settings change they belong to, so that the two
 * files always come from the same save (settings-with-secrets.ts).
 */
export class SecretStore {
  readonly path: string;
  private file: SecretsFile;
  private states: Map<string, SecretState>;
  /** What was readable before a {@link stage}d save, to put back on {@link rollBack}. */
  private statesBeforeStage: Map<string, SecretState> | null = null;
  private unlocked = false;

  private constructor(
    path: string,
    file: SecretsFile,
    private readonly cipher: SecretCipher,
    readonly problem: SecretStoreProblem,
  ) {
    this.path = path;
    this.file = file;
    this.states = statesBeforeUnlock(file.entries);
  }

  /**
   * Opens the store; a corrupt file is set aside (timestamped) and reported, not
   * silently reset. Plain entries are readable at once; OS-encrypted ones only
   * after {@link unlock}.
   */
  static open(dir: string, cipher: SecretCipher, clock: Clock): SecretStore {
    const path = join(dir, secretsFileName);
    if (!existsSync(path)) return new SecretStore(path, emptyFile(), cipher, null);
    try {
      const parsed = fileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      return new SecretStore(path, parsed, cipher, null);
    } catch {
      const backupPath = setAsideCorruptFile(path, clock.now());
      return new SecretStore(path, emptyFile(), cipher, { kind: 'corrupt', backupPath });
    }
  }

  /** The save these secrets belong to. */
  get generation(): number {
    return this.file.generation;
  }

  /** The save before an unfinished one, when a save was interrupted before the settings were written. */
  get previousGeneration(): number | null {
    return this.file.previous?.generation ?? null;
  }

  /** Every stored key (for removing the secrets of partners that no longer exist). */
  keys(): string[] {
    return Object.keys(this.file.entries);
  }

  /**
   * True when {@link unlock} has work to do: entries to decrypt, or unencrypted
   * entries to encrypt now that the OS can. Without it the store is usable at once.
   */
  get needsUnlock(): boolean {
    if (this.unlocked) return false;
    return Object.values(this.file.entries).some(
      (entry) => entry.scheme === 'os' || (entry.scheme === 'plain' && this.cipher.protection.encrypted),
    );
  }

  /**
   * Decrypts every OS-encrypted entry once. One that cannot be decrypted stays on
   * disk as it is (the keyring may come back) and reads as `unreadable`. Entries
   * stored unencrypted while the OS offered no encryption, and entries the OS
   * asks to re-encrypt (its key was rotated), are encrypted again and written.
   */
  async unlock(): Promise<UnlockReport> {
    const report: UnlockReport = { unreadable: [], reEncrypted: 0 };
    if (this.unlocked) return report;
    this.unlocked = true;
    const encrypting = this.cipher.protection.encrypted;
    const toEncrypt = new Map<string, string>();
    for (const [key, entry] of Object.entries(this.file.entries)) {
      if (entry.scheme === 'plain') {
        if (encrypting) toEncrypt.set(key, entry.data);
        continue;
      }
      if (!encrypting) {
        report.unreadable.push(key);
        continue;
      }
      try {
        const { plain, reEncrypt } = await this.cipher.decrypt(entry.data);
        this.states.set(key, { state: 'set', value: plain });
        if (reEncrypt) toEncrypt.set(key, plain);
      } catch {
        report.unreadable.push(key);
      }
    }
    if (toEncrypt.size > 0) {
      try {
        this.commit(await this.seal(toEncrypt));
        report.reEncrypted = toEncrypt.size;
      } catch {
        // Still readable as they are; the next start tries again.
      }
    }
    return report;
  }

  /** The secret stored under `key`, or why there is none to use. */
  read(key: string): SecretState {
    return this.states.get(key) ?? unset;
  }

  /** The plain secret, or null when none is stored or it cannot be read (see {@link read} to tell them apart). */
  get(key: string): string | null {
    const state = this.read(key);
    return state.state === 'set' ? state.value : null;
  }

  has(key: string): boolean {
    return Object.hasOwn(this.file.entries, key);
  }

  /** Keys stored but unreadable on this computer now. */
  unreadableKeys(): string[] {
    return [...this.states].filter(([, state]) => state.state === 'unreadable').map(([key]) => key);
  }

  /** Encrypts new values (null removes the key) for {@link commit} or {@link stage}; rejects when the OS refuses to encrypt. */
  async seal(changes: ReadonlyMap<string, string | null>): Promise<SealedSecrets> {
    const writes = new Map<string, { entry: StoredEntry; state: SecretState } | null>();
    for (const [key, value] of changes) {
      if (value === null) {
        writes.set(key, null);
        continue;
      }
      const entry: StoredEntry = this.cipher.protection.encrypted
        ? { scheme: 'os', data: await this.cipher.encrypt(value) }
        : { scheme: 'plain', data: value };
      writes.set(key, { entry, state: { state: 'set', value } });
    }
    return { writes };
  }

  /** Writes sealed changes in one atomic file write, in the same generation. Synchronous, like a settings update. */
  commit(sealed: SealedSecrets): void {
    if (sealed.writes.size === 0) return;
    this.write({ ...this.file, entries: this.changed(sealed) });
    this.applyStates(sealed);
  }

  /**
   * The first half of a save that also writes the settings: the sealed secrets as
   * the next generation, with the current ones kept as `previous`.
   *
   * @returns the new generation, for the settings file to record
   */
  stage(sealed: SealedSecrets): number {
    const { generation, entries } = this.file;
    const next = generation + 1;
    this.write({ version: 1, generation: next, entries: this.changed(sealed), previous: { generation, entries } });
    this.statesBeforeStage = new Map(this.states);
    this.applyStates(sealed);
    return next;
  }

  /** The settings now match these secrets: the previous ones are no longer needed (nor kept on disk). */
  settle(): void {
    this.statesBeforeStage = null;
    if (!this.file.previous) return;
    this.write({ version: 1, generation: this.file.generation, entries: this.file.entries });
  }

  /** The settings never got the staged save: go back to the secrets they match, exactly as they were stored. */
  rollBack(): void {
    const { previous } = this.file;
    if (!previous) return;
    this.write({ version: 1, generation: previous.generation, entries: previous.entries });
    // Staged in this process: what was readable before. Found at start (before unlock): read them as on opening.
    this.states = this.statesBeforeStage ?? statesBeforeUnlock(previous.entries);
    this.statesBeforeStage = null;
  }

  /** Removes secrets (a deleted partner's); nothing to encrypt, so at once. */
  remove(keys: readonly string[]): void {
    this.commit({ writes: new Map(keys.map((key) => [key, null])) });
  }

  private changed(sealed: SealedSecrets): SecretsFile['entries'] {
    const entries = { ...this.file.entries };
    for (const [key, write] of sealed.writes) {
      if (write === null) delete entries[key];
      else entries[key] = write.entry;
    }
    return entries;
  }

  private applyStates(sealed: SealedSecrets): void {
    for (const [key, write] of sealed.writes) {
      if (write === null) this.states.delete(key);
      else this.states.set(key, write.state);
    }
  }

  private write(next: SecretsFile): void {
    writeFileAtomic(this.path, `${JSON.stringify(next, null, 2)}\n`, privateFileMode);
    restrictToOwner(this.path);
    this.file = next;
  }
}

function emptyFile(): SecretsFile {
  return { version: 1, generation: 0, entries: {} };
}

/** Plain entries are readable at once; OS-encrypted ones only once {@link SecretStore.unlock} has decrypted them. */
function statesBeforeUnlock(entries: SecretsFile['entries']): Map<string, SecretState> {
  const states = new Map<string, SecretState>();
  for (const [key, entry] of Object.entries(entries)) {
    states.set(key, entry.scheme === 'plain' ? { state: 'set', value: entry.data } : unreadable);
  }
  return states;
}
