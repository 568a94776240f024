import { describe, expect, it } from 'vitest';
import type { LateOrder } from '../../../../shared/domain/order-deadlines';
import {
  lateOrderAdvice,
  lateOrderHeadline,
  lateOrderName,
  lateOrderWaiting,
  waitingWords,
} from '../../../../renderer/src/features/late-orders/late-order-words';

const createdAt = Date.parse('2026-11-22T11:04:00.000Z');
const order = (eventType: string, checkNumber: number | null = 1004): LateOrder => ({
  deliveryId: 7,
  destinationId: 'partner:d',
  destinationName: 'Deliveroo',
  eventType,
  checkNumber,
  openedAt: new Date(createdAt).toISOString(),
  createdAt: new Date(createdAt).toISOString(),
  dueAt: new Date(createdAt + 5 * 60_000).toISOString(),
  state: 'retrying',
  lastReason: null,
});

describe('late order words', () => {
  it('tell a person to phone the partner when this PC is offline, and to retry or phone when online', () => {
    const refused = { ...order('order.created'), lastReason: '503 — the partner is unavailable.' };
    expect(lateOrderAdvice(refused, false)).toBe(
      'This PC is offline, so it cannot be sent now: phone Deliveroo and read them the order.',
    );
    expect(lateOrderAdvice(refused, true)).toBe(
      'Last try: 503 — the partner is unavailable. Retry now, or phone Deliveroo and read them the order.',
    );
    expect(lateOrderAdvice(order('order.created'), true)).toBe(
      'Retry now, or phone Deliveroo and read them the order.',
    );
  });

  it('say a held partner gets nothing until it is released, and to phone them', () => {
    expect(lateOrderAdvice(order('order.created'), true, true)).toBe(
      'Deliveroo is held, so nothing is sent to them: release it to send this order, or phone Deliveroo and read them the order.',
    );
    expect(lateOrderAdvice(order('order.created'), false, true)).toBe(
      'Deliveroo is held and this PC is offline: phone Deliveroo and read them the order.',
    );
  });

  it("say what the partner is missing in the issue's words", () => {
    expect(lateOrderHeadline(order('order.created'), '12:04 PM')).toBe(
      'Deliveroo has not received order #1004 (opened 12:04 PM)',
    );
    expect(lateOrderHeadline(order('order.updated'), '12:04 PM')).toBe(
      'Deliveroo has not received a change to order #1004 (opened 12:04 PM)',
    );
    expect(lateOrderHeadline(order('order.closed'), '12:04')).toBe(
      'Deliveroo has not heard that order #1004 was closed (opened 12:04)',
    );
    expect(lateOrderHeadline(order('order.cancelled', null), '12:04')).toBe(
      'Deliveroo has not heard that an order was cancelled (opened 12:04)',
    );
    expect(lateOrderName(order('order.created'))).toBe('order #1004 to Deliveroo');
  });

  it('count the minutes up in whole minutes, hours once there are many', () => {
    expect(lateOrderWaiting(order('order.created'), createdAt + 6 * 60_000 + 59_000)).toBe('6 minutes');
    expect(waitingWords(1)).toBe('1 minute');
    expect(waitingWords(60)).toBe('1 hour');
    expect(waitingWords(125)).toBe('2 hours 5 minutes');
  });
});
