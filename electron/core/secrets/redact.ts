import { maskSecret } from '../../../shared/domain/secrets';

/** The shortest tail of a cut-off text that is masked when it could be the start of a secret. */
const shortestCutSecret = 4;

/** The ways a partner echoing a secret may have written it: as is, JSON-escaped, URL-encoded. */
function spellings(secret: string): string[] {
  const forms = new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
  return [...forms].filter((form) => form.length > 0);
}

/**
 * Every response excerpt of every delivery is redacted with the same few secrets:
 * their spellings and masks are worked out once (a drain spent ~1 % of its CPU on them).
 */
const known = new Map<string, { forms: string[]; mask: string }>();
const maxKnownSecrets = 256;

function spelled(secret: string): { forms: string[]; mask: string } {
  let entry = known.get(secret);
  if (!entry) {
    if (known.size >= maxKnownSecrets) known.clear();
    entry = { forms: spellings(secret), mask: maskSecret(secret) };
    known.set(secret, entry);
  }
  return entry;
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
  if (text === '') return text;
  const forms = secrets.flatMap((secret) => {
    const { forms: spelledForms, mask } = spelled(secret);
    return spelledForms.map((form) => ({ form, mask }));
  });
  forms.sort((a, b) => b.form.length - a.form.length);
  let redacted = text;
  for (const { form, mask } of forms) if (redacted.includes(form)) redacted = redacted.split(form).join(mask);
  if (!cut) return redacted;
  for (const { form, mask } of forms) {
    for (let length = Math.min(form.length - 1, redacted.length); length >= shortestCutSecret; length--) {
      if (form.startsWith(redacted.slice(-length))) {
        redacted = redacted.slice(0, -length) + mask;
        break;
      }
    }
  }
  return redacted;
}
