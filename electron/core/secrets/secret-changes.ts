import { maskSecret, type SecretChange, type SecretView } from '../../../shared/domain/secrets';
import type { SecretStore } from './secret-store';

/** The masked view of a stored secret: the only form a secret takes outside the core. */
export function secretView(store: SecretStore, key: string): SecretView {
  const value = store.get(key);
  return value === null ? { set: false, masked: null } : { set: true, masked: maskSecret(value) };
}

/** The secret a save leaves behind: the stored one (keep), the new one (set) or none (clear). */
export function resolveSecretChange(store: SecretStore, key: string, change: SecretChange): string | null {
  switch (change.action) {
    case 'keep':
      return store.get(key);
    case 'set':
      return change.value;
    case 'clear':
      return null;
  }
}
