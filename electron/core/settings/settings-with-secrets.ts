import { sectionOfSecret } from '../secrets/secret-keys';
import type { SealedSecrets, SecretStore } from '../secrets/secret-store';
import type { SettingsRepository } from './settings-repository';
import type { Settings } from './settings-schema';

/**
 * Saves that change the settings file and the secret store together (an API Key
 * and its Value, a partner's header name and value) as one, across a kill at
 * any moment. Two files cannot be renamed into place at once, so each save is
 * numbered: the secrets are written first as the next generation, keeping the
 * previous ones beside them; then the settings, recording that generation; then
 * the previous secrets are dropped. At the next start `pairSecretsWithSettings`
 * finds a save the settings never got and puts the previous secrets back — the
 * operator never saw that save succeed — so the files always come from the
 * same save: never an API Key without its Value, or a Value without its key.
 */
export class SettingsWithSecrets {
  constructor(
    readonly settings: SettingsRepository,
    readonly secrets: SecretStore,
  ) {}

  /**
   * Applies `change` to the settings and `secretChanges` (null removes; a key not
   * named is left exactly as stored, even unreadable) to the secrets, both or
   * neither. Validation failures leave both untouched.
   */
  async save(
    change: (draft: Settings) => Settings,
    secretChanges: ReadonlyMap<string, string | null>,
  ): Promise<Settings> {
    const touched = new Map([...secretChanges].filter(([key, value]) => this.differs(key, value)));
    if (touched.size === 0) return this.settings.update(change);
    // Encrypting may wait on the OS keychain; from here on everything is synchronous,
    // so no other save can come between the two files.
    return this.saveSealed(change, await this.secrets.seal(touched));
  }

  /** Removing secrets needs no encryption: the same save as one, at once. */
  remove(change: (draft: Settings) => Settings, keys: readonly string[]): Settings {
    const stored = keys.filter((key) => this.secrets.has(key));
    if (stored.length === 0) return this.settings.update(change);
    return this.saveSealed(change, { writes: new Map(stored.map((key) => [key, null])) });
  }

  private saveSealed(change: (draft: Settings) => Settings, sealed: SealedSecrets): Settings {
    const generation = this.secrets.stage(sealed);
    let saved: Settings;
    try {
      saved = this.settings.update(
        (draft) => ({ ...change(draft), secretsGeneration: generation }),
        [...new Set([...sealed.writes.keys()].map(sectionOfSecret))],
      );
    } catch (error) {
      this.secrets.rollBack();
      throw error;
    }
    try {
      this.secrets.settle();
    } catch {
      // The save is complete (both files agree on the generation); the next start drops the previous secrets.
    }
    return saved;
  }

  private differs(key: string, value: string | null): boolean {
    if (value === null) return this.secrets.has(key);
    const stored = this.secrets.read(key);
    return stored.state !== 'set' || stored.value !== value;
  }
}

/** What the start-up check found. */
export type Pairing = 'matched' | 'rolled-back';

/**
 * At start: when the secrets are a save ahead of the settings (the app stopped
 * between the two writes), go back to the secrets the settings were saved with.
 * Otherwise the files belong together (or the settings were set aside, and the
 * newest secrets are the best there is): forget any previous secrets.
 */
export function pairSecretsWithSettings(settings: SettingsRepository, secrets: SecretStore): Pairing {
  const expected = settings.current.secretsGeneration;
  if (secrets.generation !== expected && secrets.previousGeneration === expected) {
    secrets.rollBack();
    return 'rolled-back';
  }
  secrets.settle();
  return 'matched';
}
