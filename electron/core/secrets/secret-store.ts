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
const fileSchema = z.object({ version: z.literal(1), entries: z.record(z.string(), entrySchema) });

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
    if (!existsSync(path)) return new SecretStore(path, { version: 1, entries: {} }, cipher, null);
    try {
      const parsed = fileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      return new SecretStore(path, parsed, cipher, null);
    } catch {
      const backupPath = setAsideCorruptFile(path, clock.now());
      return new SecretStore(path, { version: 1, entries: {} }, cipher, { kind: 'corrupt', backupPath });
    }
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

  /** Stores or replaces several secrets and removes others in one atomic file write. */
  apply(changes: ReadonlyMap<string, string | null>): void {
    if (changes.size === 0) return;
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
    const next: SecretsFile = { version: 1, entries };
    writeFileAtomic(this.path, `${JSON.stringify(next, null, 2)}\n`, privateFileMode);
    restrictToOwner(this.path);
    this.file = next;
    this.decrypted.clear();
  }
}
