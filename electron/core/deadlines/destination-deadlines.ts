import { deadlineMinutesFor, defaultOrderDeadlines, type OrderDeadlines } from '../../../shared/domain/order-deadlines';
import { hookDestinationId, partnerDestinationId } from '../../../shared/domain/destinations';
import { orderHookLabels, type OrderHookKind } from '../../../shared/domain/order-hooks';
import type { Settings } from '../settings/settings-schema';

const minuteMs = 60_000;

/**
 * Each destination whose order webhooks have deadlines, with them: every enabled
 * partner with its own, and every enabled Order Webhooks hook with the defaults —
 * the hooks are the POS's own order endpoints, where a late order matters just as
 * much, and their page (the POS's, with its labels) has no place to choose others.
 * A disabled partner or hook is left out: its webhooks are held on purpose. A
 * destination that was deleted is left out too: there is nobody to phone.
 */
export function destinationDeadlines(settings: Settings): Map<string, OrderDeadlines> {
  const deadlines = new Map<string, OrderDeadlines>();
  for (const partner of settings.partners) {
    if (partner.enabled) deadlines.set(partnerDestinationId(partner.id), partner.orderDeadlines);
  }
  for (const kind of Object.keys(orderHookLabels) as OrderHookKind[]) {
    const hook = settings.orderHooks[kind];
    if (hook.enabled && hook.url !== '') deadlines.set(hookDestinationId(kind), defaultOrderDeadlines);
  }
  return deadlines;
}

/** When an order webhook made at `createdAt` is late, in epoch ms. */
export function dueAt(createdAt: number, eventType: string, deadlines: OrderDeadlines): number {
  return createdAt + deadlineMinutesFor(eventType, deadlines) * minuteMs;
}

/** The soonest any new order webhook can be late, in ms from its making (Infinity: none can). */
export function shortestDeadlineMs(deadlines: ReadonlyMap<string, OrderDeadlines>): number {
  let shortest = Infinity;
  for (const own of deadlines.values()) shortest = Math.min(shortest, own.createdMinutes, own.otherMinutes);
  return shortest * minuteMs;
}
