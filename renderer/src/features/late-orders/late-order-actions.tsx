import { useState } from 'react';
import { Link } from 'react-router';
import type { LateOrder } from '../../../../shared/domain/order-deadlines';
import { deliveryLogPath } from '../deliveries/filter-params';
import { HandledByPhoneDialog } from './handled-by-phone-dialog';
import { lateOrderName } from './late-order-words';
import { useRetryLateOrder } from './use-retry-late-order';

/** Retry now, Open delivery, Handled by phone: the same three wherever a late order is shown. */
export function LateOrderActions({ order }: { order: LateOrder }) {
  const { retry, busy, message } = useRetryLateOrder(order.deliveryId);
  const [asking, setAsking] = useState(false);
  const name = lateOrderName(order);
  return (
    <div className="late-order-actions">
      <button
        type="button"
        className="button"
        disabled={busy}
        aria-label={`Retry ${name} now`}
        onClick={() => void retry()}
      >
        Retry now
      </button>
      <Link
        className="button button-quiet"
        to={deliveryLogPath(order.deliveryId)}
        aria-label={`Open the delivery of ${name}`}
      >
        Open delivery
      </Link>
      <button type="button" className="button" aria-label={`Handled ${name} by phone`} onClick={() => setAsking(true)}>
        Handled by phone
      </button>
      {message ? (
        <p className="late-order-retry" role="status">
          {message}
        </p>
      ) : null}
      {asking ? <HandledByPhoneDialog order={order} onClose={() => setAsking(false)} /> : null}
    </div>
  );
}
