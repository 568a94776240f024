import { useState } from 'react';
import type { LateOrder } from '../../../../shared/domain/order-deadlines';
import { useAppStore } from '../../store/store-context';

const partnerPrefix = 'partner:';

/**
 * "Release Deliveroo" from a late order of a held partner: everything it held goes
 * out in order, this order with it. The alert goes once the partner has the order.
 */
export function useReleaseLateOrderPartner(order: LateOrder) {
  const releasePartner = useAppStore((state) => state.releasePartner);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const run = async (): Promise<void> => {
    if (!order.destinationId.startsWith(partnerPrefix)) return;
    setBusy(true);
    setMessage(null);
    const result = await releasePartner(order.destinationId.slice(partnerPrefix.length));
    setBusy(false);
    setMessage(
      result.ok
        ? `${order.destinationName} is released: sending now…`
        : `Could not release ${order.destinationName}: ${result.error.message}`,
    );
  };
  return { run, busy, message };
}
