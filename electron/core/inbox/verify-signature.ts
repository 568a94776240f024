import { timingSafeEqual } from 'node:crypto';
import { signWebhook } from '../delivery/sign';

/** Standard Webhooks' default tolerance: a signature older (or newer) than this is refused. */
const toleranceSeconds = 5 * 60;

export interface Candidate {
  name: string;
  secret: string;
}

/**
 * Checks a request's Standard Webhooks signature against every candidate secret,
 * as a partner's verifier would: `webhook-id`, `webhook-timestamp` within five
 * minutes, and one of the space-separated `v1,` signatures matching.
 */
export function verifySignature(
  headers: Record<string, string>,
  body: string,
  candidates: readonly Candidate[],
  nowSeconds: number,
): { signature: 'valid' | 'invalid' | 'unsigned'; verifiedFor: string | null } {
  const given = headers['webhook-signature'];
  if (!given) return { signature: 'unsigned', verifiedFor: null };
  const id = headers['webhook-id'] ?? '';
  const timestamp = Number(headers['webhook-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
    return { signature: 'invalid', verifiedFor: null };
  }
  const offered = given.split(' ').map((part) => Buffer.from(part));
  for (const candidate of candidates) {
    const expected = Buffer.from(signWebhook(candidate.secret, id, timestamp, body));
    if (offered.some((sig) => sig.length === expected.length && timingSafeEqual(sig, expected))) {
      return { signature: 'valid', verifiedFor: candidate.name };
    }
  }
  return { signature: 'invalid', verifiedFor: null };
}
