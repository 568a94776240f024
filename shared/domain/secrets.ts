import { z } from 'zod';
import { headerValueSchema } from './http-rules';

/**
 * What the renderer may know about a stored secret: whether there is one and a
 * masked hint (`••••1234`). The secret itself never leaves the core.
 */
export interface SecretView {
  set: boolean;
  masked: string | null;
  /**
   * A value is stored but cannot be decrypted on this computer (the keyring was
   * reset or is unavailable, or the data folder came from another user or PC).
   * Whatever needs it is held until it is entered again.
   */
  unreadable?: true;
}

/**
 * How a save treats a secret field: keep what is stored (the form never had the
 * plain value to send back), replace it, or remove it.
 */
export const secretChangeSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('keep') }),
  z.strictObject({ action: z.literal('set'), value: headerValueSchema }),
  z.strictObject({ action: z.literal('clear') }),
]);

export type SecretChange = z.infer<typeof secretChangeSchema>;

const maskDots = '••••';

/**
 * Masks a secret for display. Short secrets show no characters at all, since four
 * characters of an eight-character key give too much of it away.
 */
export function maskSecret(secret: string): string {
  if (secret.length < 12) return maskDots;
  return `${maskDots}${secret.slice(-4)}`;
}

/** How secrets are protected on this machine, for the plain-words notice in the UI. */
export interface SecretProtection {
  encrypted: boolean;
  /** One sentence for the operator, e.g. why secrets are not encrypted here. */
  description: string;
}
