import { maskSecret } from '../../../shared/domain/secrets';

/** The shortest tail of a cut-off text that is masked when it could be the start of a secret. */
const shortestCutSecret = 4;

/** The ways a partner echoing a secret may have written it: as is, JSON-escaped, URL-encoded. */
function spellings(secret: string): string[] {
  const forms = new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
  return [...forms].filter((form) => form.length > 0);
}

/**
 * Masks every stored secret in `text` before it is kept or shown (a partner's
 * response excerpt, a request the test inbox received): some partners echo the
 * request headers back. Secrets are found as typed, JSON-escaped and
 * URL-encoded; longer ones first, so a secret containing another is masked
 * whole. When `text` was cut off (an excerpt stops at a byte limit), a tail
 * that is the start of a secret is masked too.
 */
export function redactSecretValues(text: string, secrets: readonly string[], { cut = false } = {}): string {
  const forms = secrets.flatMap((secret) => spellings(secret).map((form) => ({ form, secret })));
  forms.sort((a, b) => b.form.length - a.form.length);
  let redacted = text;
  for (const { form, secret } of forms) redacted = redacted.split(form).join(maskSecret(secret));
  if (!cut) return redacted;
  for (const { form, secret } of forms) {
    for (let length = Math.min(form.length - 1, redacted.length); length >= shortestCutSecret; length--) {
      if (form.startsWith(redacted.slice(-length))) {
        redacted = redacted.slice(0, -length) + maskSecret(secret);
        break;
      }
    }
  }
  return redacted;
}
