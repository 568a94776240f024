import type { NewEvent } from '../../electron/core/outbox/outbox';

/** An online order's `order.created` about its own check, for tests that only need some traffic. */
export function oloOrder(n: number): NewEvent {
  return {
    type: 'order.created',
    resource: { type: 'order', id: `chk_${n}` },
    summary: `Check #${n}`,
    data: {},
    routing: { orderSource: 'olo' },
  };
}
