import { maskSecret, type SecretChange, type SecretView } from '../../../shared/domain/secrets';
import type { SecretStore } from './secret-store';

/** The masked view of a stored secret: the only form a secret takes outside the core. */
export function secretView(store: SecretStore, key: string): SecretView {
  const stored = store.read(key);
  if (stored.state === 'unreadable') return { set: false, masked: null, unreadable: true };
  return stored.state === 'set' ? { set: true, masked: maskSecret(stored.value) } : { set: false, masked: null };
}

/**
 * What a save writes for one secret: a new value, null to remove it, or
 * undefined to leave the stored entry exactly as it is — even one that cannot be
 * read now, which must not be lost by saving something else on the same form.
 */
export function secretWrite(change: SecretChange): string | null | undefined {
  switch (change.action) {
    case 'keep':
      return undefined;
    case 'set':
      return change.value;
    case 'clear':
      return null;
  }
}

/** Whether a secret will be stored after the save (an unreadable one kept counts: it is still there). */
export function hasSecretAfter(store: SecretStore, key: string, change: SecretChange): boolean {
  return change.action === 'keep' ? store.read(key).state !== 'unset' : change.action === 'set';
}
