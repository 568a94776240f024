import type { DeliveryRow } from '../../../../../../shared/domain/deliveries';

/** A log row as the core sends it; tests override what they are about. */
export function deliveryRow(id: number, overrides: Partial<DeliveryRow> = {}): DeliveryRow {
  return {
    id,
    eventId: `evt_${id}`,
    eventType: 'order.created',
    summary: `Check #${1000 + id} · Table 4`,
    destinationId: 'p1',
    destinationName: 'Acme Delivery',
    state: 'delivered',
    attempts: 1,
    nextAttemptAt: null,
    lastStatus: 200,
    lastReason: null,
    lastLatencyMs: 12,
    createdAt: `2026-11-22T10:00:${String(id % 60).padStart(2, '0')}.000Z`,
    updatedAt: '2026-11-22T10:01:00.000Z',
    ...overrides,
  };
}
