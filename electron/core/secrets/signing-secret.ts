import { randomBytes } from 'node:crypto';

/**
 * A Standard Webhooks signing secret: `whsec_` + base64 of 32 random bytes
 * (the spec allows 24–64), which the partner's verifier decodes to the HMAC key.
 */
export function generateSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}
