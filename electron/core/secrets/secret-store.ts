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

/** What opening the store found wrong, for a notice; null when all was well. */
export type SecretStoreProblem = { kind: 'corrupt'; backupPath: string } | null;

/**
 * Secrets (API key values, partner header values, signing secrets) live apart from
 * the settings file, in `secrets.json` (0600), each entry encrypted by the injected
 * cipher when the OS allows. Settings refer to them by key, so the settings file
 * can be shared for support without leaking a secret.
 */
export class SecretStore {
  readonly path: string;
  private file: SecretsFile;
  private readonly decrypted = new Map<string, string | null>();

  private constructor(
    path: string,
    file: SecretsFile,
    private readonly cipher: SecretCipher,
    readonly problem: SecretStoreProblem,
  ) {
    this.path = path;
    this.file = file;
  }

  /** Opens the store; a corrupt file is set aside (timestamped) and reported, not silently reset. */
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

  has(key: string): boolean {
    return Object.hasOwn(this.file.entries, key);
  }

  /**
   * The plain secret, or null when none is stored or it can no longer be
   * decrypted (e.g. the OS keyring was reset) — the caller treats both as "not set".
   */
  get(key: string): string | null {
    if (this.decrypted.has(key)) return this.decrypted.get(key) ?? null;
    const value = this.read(key);
    // Every delivery needs its partner's secrets; decrypting through the OS
    // keychain each time would cost more than sending. Kept in this process only.
    this.decrypted.set(key, value);
    return value;
  }

  private read(key: string): string | null {
    const entry = this.file.entries[key];
    if (!entry) return null;
    if (entry.scheme === 'plain') return entry.data;
    if (!this.cipher.protection.encrypted) return null;
    try {
      return this.cipher.decrypt(entry.data);
    } catch {
      return null;
    }
  }

  /** Stores or replaces several secrets and removes others in one atomic file write, in the same generation. */
  apply(changes: ReadonlyMap<string, string | null>): void {
    if (changes.size === 0) return;
    this.write({ ...this.file, entries: this.changed(changes) });
  }

  /**
   * The first half of a save that also writes the settings: the new secrets as
   * the next generation, with the current ones kept as `previous`.
   *
   * @returns the new generation, for the settings file to record
   */
  stage(changes: ReadonlyMap<string, string | null>): number {
    const { generation, entries } = this.file;
    const next = generation + 1;
    this.write({ version: 1, generation: next, entries: this.changed(changes), previous: { generation, entries } });
    return next;
  }

  /** The settings now match these secrets: the previous ones are no longer needed (nor kept on disk). */
  settle(): void {
    if (!this.file.previous) return;
    this.write({ version: 1, generation: this.file.generation, entries: this.file.entries });
  }

  /** The settings never got the staged save: go back to the secrets they match. */
  rollBack(): void {
    const { previous } = this.file;
    if (!previous) return;
    this.write({ version: 1, generation: previous.generation, entries: previous.entries });
  }

  private changed(changes: ReadonlyMap<string, string | null>): SecretsFile['entries'] {
    const entries = { ...this.file.entries };
    for (const [key, value] of changes) {
      if (value === null) {
        delete entries[key];
      } else {
        entries[key] = this.cipher.protection.encrypted
          ? { scheme: 'os', data: this.cipher.encrypt(value) }
          : { scheme: 'plain', data: value };
      }
    }
    return entries;
  }

  private write(next: SecretsFile): void {
    writeFileAtomic(this.path, `${JSON.stringify(next, null, 2)}\n`, privateFileMode);
    restrictToOwner(this.path);
    this.file = next;
    this.decrypted.clear();
  }
}

function emptyFile(): SecretsFile {
  return { version: 1, generation: 0, entries: {} };
}
