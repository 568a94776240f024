import { z } from 'zod';
import type { DeliveryState } from './deliveries';
import type { EventType } from './event-types';

/**
 * Order deadlines (#14): an order webhook not delivered within its deadline must
 * reach a person, who can still phone the partner. A new order is urgent (a guest
 * waits for it); a change, a close or a cancellation can wait a little longer.
 */
export const orderDeadlineMinutes = { min: 1, max: 240 } as const;

export interface OrderDeadlines {
  /** Minutes an `order.created` may take to be delivered. */
  createdMinutes: number;
  /** Minutes `order.updated`, `order.closed` and `order.cancelled` may take. */
  otherMinutes: number;
}

export const defaultOrderDeadlines: Readonly<OrderDeadlines> = { createdMinutes: 5, otherMinutes: 15 };

const minutes = (what: string) =>
  z
    .number({ error: `Enter the minutes ${what} may take.` })
    .int('Use whole minutes.')
    .min(orderDeadlineMinutes.min, `At least ${orderDeadlineMinutes.min} minute.`)
    .max(orderDeadlineMinutes.max, `At most ${orderDeadlineMinutes.max} minutes (4 hours).`);

export const orderDeadlinesSchema = z.strictObject({
  createdMinutes: minutes('a new order'),
  otherMinutes: minutes('a change to an order'),
});

/** The order events deadlines apply to: the ones a partner acts on for a waiting guest. */
export const orderEventTypes = [
  'order.created',
  'order.updated',
  'order.closed',
  'order.cancelled',
] as const satisfies readonly EventType[];

export function isOrderEventType(type: string): boolean {
  return (orderEventTypes as readonly string[]).includes(type);
}

/** The deadline of one event type under a destination's deadlines, in minutes. */
export function deadlineMinutesFor(type: string, deadlines: OrderDeadlines): number {
  return type === 'order.created' ? deadlines.createdMinutes : deadlines.otherMinutes;
}

/** An order webhook past its deadline and not handled yet: what the alert and the Dashboard list show. */
export interface LateOrder {
  deliveryId: number;
  destinationId: string;
  destinationName: string;
  eventType: string;
  /** The check's number as the Orders screen shows it; null when the check is gone (e.g. sample data reset). */
  checkNumber: number | null;
  /** When the check was opened (ISO 8601); the webhook's creation time when the check is gone. */
  openedAt: string;
  /** When the webhook was made (ISO 8601): the minutes counting up run from here. */
  createdAt: string;
  /** When its deadline passed (ISO 8601). */
  dueAt: string;
  state: DeliveryState;
  /** Plain words: why the last attempt failed, or why it waits. */
  lastReason: string | null;
}

/** `deliveries.markHandled`: the operator phoned the partner; who did. */
export const markHandledInputSchema = z.strictObject({
  deliveryId: z.number().int().positive(),
  by: z.string().trim().min(1, 'Say who phoned the partner.').max(120, 'Keep the name to 120 characters or fewer.'),
});

export type MarkHandledInput = z.infer<typeof markHandledInputSchema>;

/** What the order webhook told the partner, in the words of the alert ("has not received order #1004"). */
export function lateOrderWhat(order: Pick<LateOrder, 'eventType' | 'checkNumber'>): string {
  const number = order.checkNumber === null ? 'an order' : `order #${order.checkNumber}`;
  switch (order.eventType) {
    case 'order.created':
      return `has not received ${number}`;
    case 'order.closed':
      return `has not heard that ${number} was closed`;
    case 'order.cancelled':
      return `has not heard that ${number} was cancelled`;
    default:
      return `has not received a change to ${number}`;
  }
}

/** Whole minutes since the webhook was made, as the alert counts them up. */
export function minutesWaiting(order: Pick<LateOrder, 'createdAt'>, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(order.createdAt)) / 60_000));
}
