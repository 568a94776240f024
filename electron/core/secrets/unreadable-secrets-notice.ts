import { orderHooksValueKey, partnerSecretKeys } from './secret-keys';
import type { Settings } from '../settings/settings-schema';
import type { SecretStore } from './secret-store';

/** The secrets in use that cannot be read now, in the operator's words ("the signing secret of “Acme”"). */
export function unreadableSecretsInUse(settings: Settings, secrets: SecretStore): string[] {
  const unreadable = (key: string): boolean => secrets.read(key).state === 'unreadable';
  const affected: string[] = [];
  for (const partner of settings.partners) {
    const keys = partnerSecretKeys(partner.id);
    if (partner.headerName !== '' && unreadable(keys.header)) affected.push(`the header value of “${partner.name}”`);
    if (unreadable(keys.signing)) affected.push(`the signing secret of “${partner.name}”`);
    if (partner.signingRotation && unreadable(keys.oldSigning)) {
      affected.push(
        `the old signing secret of “${partner.name}” (end its overlap on the Partners page to send without it)`,
      );
    }
  }
  if (settings.orderHooks.apiKey !== '' && unreadable(orderHooksValueKey)) {
    affected.push('the Request Header Value on the Order Webhooks page');
  }
  return affected;
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * The notice for secrets that are stored but cannot be read, naming each one and
 * what happens to the webhooks that need them; null when there are none. Without
 * it they would look "not set" and webhooks would go out unsigned or without
 * their key.
 */
export function unreadableSecretsNotice(
  affected: readonly string[],
  encryptionAvailable: boolean,
  mode: 'electron' | 'browser',
): string | null {
  if (affected.length === 0) return null;
  const held = 'Webhooks that need them are held — not sent without them — until';
  if (!encryptionAvailable && mode === 'browser') {
    return (
      `Saved secrets were encrypted by the desktop app with the system keyring, which browser mode cannot use: ${listed(affected)}. ` +
      `${held} the desktop app runs on this data folder again or you enter them again here.`
    );
  }
  if (!encryptionAvailable) {
    return (
      `Saved secrets cannot be read because the system keyring is not available right now: ${listed(affected)}. ` +
      `${held} the keyring is available again (unlock or set it up, then restart Integration Hub) or you enter them again.`
    );
  }
  return (
    `Saved secrets cannot be read on this computer: ${listed(affected)}. This happens when the system keyring was ` +
    `reset or replaced, or the data folder was copied from another user account or computer. ${held} you enter them ` +
    'again on the Partners and Order Webhooks pages.'
  );
}
