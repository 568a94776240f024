/** One request the built-in test inbox received. */
export interface InboxEntry {
  id: number;
  receivedAt: string;
  method: string;
  path: string;
  /** As received, except that values of stored secrets (API keys) are masked. */
  headers: Record<string, string>;
  /** The body as text, cut at 64 KB. */
  body: string;
  /**
   * `valid`: a configured partner's signing secret verifies `webhook-signature`;
   * `invalid`: signed, but no secret verifies it (or it is too old);
   * `unsigned`: no signature header.
   */
  signature: 'valid' | 'invalid' | 'unsigned';
  /** Whose secret verified it. */
  verifiedFor: string | null;
}

export interface InboxInfo {
  /** Where to point a partner (or an Order Webhooks hook) to see what the app sends. */
  url: string | null;
  entries: number;
}
