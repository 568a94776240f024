import type { FailureKind } from './delivery-failures';
import type { SecretProtection } from './secrets';

/** Something the operator should know about since start-up, e.g. a corrupt file set aside. */
export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  message: string;
  createdAt: string;
}

export interface AppInfo {
  name: string;
  version: string;
  /** `electron` in the desktop app, `browser` when served over local HTTP. */
  mode: 'electron' | 'browser';
  dataDir: string;
  secrets: SecretProtection;
  notices: Notice[];
}

/** A partner or order hook that needs a look: its last attempts keep failing, or it was paused for it. */
export interface FailingDestination {
  /** The destination id, e.g. `partner:<id>` or `hook:openOrder`: what the delivery log filters by. */
  id: string;
  name: string;
  /** `paused`: failing for so long that the hub stopped sending until someone resumes it. */
  state: 'failing' | 'paused';
  /** The last failure, in plain words, e.g. "401 — the partner rejected the API key". */
  reason: string | null;
  failure: FailureKind | null;
}

/** A partner on hold (#14): nothing is sent to it; `waiting` webhooks are kept and go, in order, on Release. */
export interface HeldPartner {
  /** The destination id, e.g. `partner:<id>`: what the delivery log filters by. */
  id: string;
  name: string;
  waiting: number;
}

/**
 * What the status bar, the offline banner and the Dashboard's queue figure say.
 * One definition in the core, so they can never disagree.
 */
export interface SystemStatus {
  online: boolean;
  /** Webhooks that will be sent: waiting their turn (pending) or their next try (retrying). */
  queued: number;
  /** Of `queued`, those waiting for a retry after failing: they go on their schedule, not at once. */
  retrying: number;
  /**
   * Webhooks waiting for a disabled or paused partner or hook: sent only once it is
   * enabled or resumed. Those kept for a held partner are in `heldPartners` instead.
   */
  held: number;
  /** Enabled partners and hooks whose recent deliveries keep failing (a disabled or held one is never failing). */
  failingPartners: FailingDestination[];
  /** Partners the operator put on hold (#14), each with how many webhooks are kept for it. */
  heldPartners: HeldPartner[];
}
