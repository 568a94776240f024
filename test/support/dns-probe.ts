import { lookup } from 'node:dns/promises';

/**
 * What this machine's resolver answers for a `.invalid` name (RFC 6761: never
 * exists). ENOTFOUND normally; EAI_AGAIN ("try again", i.e. offline) where no
 * resolver is reachable — DNS-failure tests can only run on the former.
 */
export const invalidHostResolverCode = await lookup('partner.invalid').then(
  () => 'resolved',
  (error: NodeJS.ErrnoException) => error.code ?? 'unknown',
);

export const canTestDnsFailure = invalidHostResolverCode === 'ENOTFOUND';

if (!canTestDnsFailure) {
  console.warn(
    `Skipping DNS-failure tests: this machine's resolver answers ${invalidHostResolverCode} for partner.invalid, not ENOTFOUND.`,
  );
}
