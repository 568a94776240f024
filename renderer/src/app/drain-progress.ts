import type { SystemStatus } from '../../../shared/domain/app-info';

/** What the offline banner remembers between status updates. */
export interface DrainMemory {
  online: boolean | null;
  /** Webhooks queued when the connection came back; null when not draining. */
  drainTotal: number | null;
}

export const initialDrainMemory: DrainMemory = { online: null, drainTotal: null };

/**
 * The banner's memory after a status update: going offline forgets any drain;
 * coming back online with a queue starts one, sized by the queue at that moment;
 * an empty queue ends it. Pure, so the rule is tested without a browser.
 */
export function nextDrainMemory(memory: DrainMemory, status: SystemStatus): DrainMemory {
  if (!status.online) return { online: false, drainTotal: null };
  if (memory.online === false && status.queued > 0) return { online: true, drainTotal: status.queued };
  if (memory.drainTotal !== null && status.queued === 0) return { online: true, drainTotal: null };
  return memory.online === true ? memory : { ...memory, online: true };
}
