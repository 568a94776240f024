import { describe, expect, it } from 'vitest';
import type { LateOrder } from '../../../../shared/domain/order-deadlines';
import { notifyLateOrders } from '../../../../electron/shell/late-order-notifier';
import { fakeHubEvents } from '../../../support/fake-hub-events';

const openedAt = Date.parse('2026-11-22T12:04:00.000Z');

const late = (deliveryId: number, eventType = 'order.created'): LateOrder => ({
  deliveryId,
  destinationId: 'partner:d',
  destinationName: 'Deliveroo',
  eventType,
  checkNumber: 1000 + deliveryId,
  openedAt: new Date(openedAt).toISOString(),
  createdAt: new Date(openedAt).toISOString(),
  dueAt: new Date(openedAt + 5 * 60_000).toISOString(),
  state: 'retrying',
  lastReason: '503 — the partner is unavailable',
});

describe('desktop notifications for late orders', () => {
  it('tells each late order once, in the words of the alert, and a click opens its delivery', () => {
    const hub = fakeHubEvents();
    const shown: { text: string; click?: () => void }[] = [];
    const opened: number[] = [];
    notifyLateOrders(
      hub,
      { isSupported: () => true, show: (title, body, click) => shown.push({ text: `${title} | ${body}`, click }) },
      (id) => opened.push(id),
      () => openedAt + 6 * 60_000,
    );

    hub.push('deliveries.lateOrders', { orders: [late(4)] });
    hub.push('deliveries.lateOrders', { orders: [late(4), late(5, 'order.cancelled')] });
    hub.push('deliveries.lateOrders', { orders: [] });
    expect(shown.map((s) => s.text)).toEqual([
      'Deliveroo has not received order #1004 | Waiting 6 minutes. Retry it now, or phone Deliveroo and read them the order.',
      'Deliveroo has not heard that order #1005 was cancelled | Waiting 6 minutes. Retry it now, or phone Deliveroo and read them the order.',
    ]);
    shown[0]?.click?.();
    expect(opened).toEqual([4]);
  });

  it('shows nothing where the desktop has no notifications', () => {
    const hub = fakeHubEvents();
    const shown: string[] = [];
    notifyLateOrders(hub, { isSupported: () => false, show: (title) => shown.push(title) }, () => undefined);
    hub.push('deliveries.lateOrders', { orders: [late(4)] });
    expect(shown).toEqual([]);
  });
});
