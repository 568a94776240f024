import type { Result } from '../../../../../../shared/contract';
import {
  deliveryListInputSchema,
  type DeliveryFilter,
  type DeliveryPage,
  type DeliveryRow,
} from '../../../../../../shared/domain/deliveries';

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

export interface ListInput {
  filter: DeliveryFilter;
  cursor?: string;
  limit?: number;
}

/**
 * `deliveries.list` over `rows` (newest first) the way the core pages it: keyset
 * cursors (ids below the cursor), each input validated against the contract.
 */
export function pagedLog(
  rows: readonly DeliveryRow[],
  onList?: (input: ListInput, call: number) => Result<DeliveryPage> | void,
) {
  let calls = 0;
  return (input: unknown): Result<DeliveryPage> => {
    const parsed = deliveryListInputSchema.parse(input);
    const override = onList?.(parsed, ++calls);
    if (override) return override;
    const before = parsed.cursor === undefined ? Infinity : Number(parsed.cursor);
    const limit = parsed.limit ?? 100;
    const matching = rows.filter((row) => row.id < before);
    const items = matching.slice(0, limit);
    const last = items.at(-1);
    return { ok: true, value: { items, nextCursor: matching.length > limit && last ? String(last.id) : null } };
  };
}
