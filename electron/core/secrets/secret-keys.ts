import type { SettingsSection } from '../settings/settings-repository';
import type { Settings } from '../settings/settings-schema';

/** Secret-store key of the Order Webhooks Request Header's Value. */
export const orderHooksValueKey = 'orderHooks.requestHeader.value';

/**
 * Secret-store keys of one partner's header value, signing secret, and the old
 * signing secret that still signs beside it during a rotation's overlap (#14).
 */
export const partnerSecretKeys = (id: string) => ({
  header: `partner.${id}.header.value`,
  signing: `partner.${id}.signingSecret`,
  oldSigning: `partner.${id}.oldSigningSecret`,
});

/** Every key the settings can refer to; anything else in the secret store belongs to nobody. */
export function secretKeysInUse(settings: Readonly<Settings>): Set<string> {
  const keys = new Set([orderHooksValueKey]);
  for (const partner of settings.partners) {
    const { header, signing, oldSigning } = partnerSecretKeys(partner.id);
    keys.add(header).add(signing);
    if (partner.signingRotation) keys.add(oldSigning);
  }
  return keys;
}

/** The settings section that refers to a secret: its change is that section's change (a held partner may now send). */
export function sectionOfSecret(key: string): SettingsSection {
  return key === orderHooksValueKey ? 'orderHooks' : 'partners';
}
