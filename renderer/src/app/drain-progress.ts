import type { SystemStatus } from '../../../shared/domain/app-info';

/** What the offline banner remembers between status updates. */
export interface DrainMemory {
  online: boolean | null;
  /** Webhooks waiting to go out when the connection came back; null when not draining. */
  drainTotal: number | null;
}

export const initialDrainMemory: DrainMemory = { online: null, drainTotal: null };

/**
 * Webhooks that go out as soon as the hub can send: queued ones not waiting for a
 * retry. Held ones (paused or disabled partners) are not queued at all, and a retry
 * due in hours goes on its own schedule — counting either would keep the banner up.
 */
export const waitingToSend = (status: SystemStatus): number => Math.max(0, status.queued - status.retrying);

/**
 * The banner's memory after a status update: going offline forgets any drain;
 * coming back online with webhooks waiting starts one, sized by them at that
 * moment; none left ends it. Pure, so the rule is tested without a browser.
 */
export function nextDrainMemory(memory: DrainMemory, status: SystemStatus): DrainMemory {
  if (!status.online) return { online: false, drainTotal: null };
  const waiting = waitingToSend(status);
  if (memory.online === false && waiting > 0) return { online: true, drainTotal: waiting };
  if (memory.drainTotal !== null && waiting === 0) return { online: true, drainTotal: null };
  return memory.online === true ? memory : { ...memory, online: true };
}
