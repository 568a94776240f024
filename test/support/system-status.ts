import type { SystemStatus } from '../../shared/domain/app-info';

/** A whole `system.status` answer as the core gives it: online, nothing queued, failing or held, unless said. */
export function systemStatus(overrides: Partial<SystemStatus> = {}): SystemStatus {
  return { online: true, queued: 0, retrying: 0, held: 0, failingPartners: [], heldPartners: [], ...overrides };
}
