import { useState } from 'react';
import { Link } from 'react-router';
import type { LateOrder } from '../../../../shared/domain/order-deadlines';
import { deliveryLogPath } from '../deliveries/filter-params';
import { HandledByPhoneDialog } from './handled-by-phone-dialog';
import { lateOrderName } from './late-order-words';
import { useHeldDestination } from './use-held-destination';
import { useReleaseLateOrderPartner } from './use-release-late-order-partner';
import { useRetryLateOrder } from './use-retry-late-order';

/**
 * Retry now, Open delivery, Handled by phone: the same three wherever a late order
 * is shown — Release instead of Retry now while the partner is held, since a retry
 * would wait for the release too.
 */
export function LateOrderActions({ order }: { order: LateOrder }) {
  const { retry, busy, message } = useRetryLateOrder(order.deliveryId);
  const held = useHeldDestination(order.destinationId);
  const release = useReleaseLateOrderPartner(order);
  const [asking, setAsking] = useState(false);
  const name = lateOrderName(order);
  const said = release.message ?? message;
  return (
    <div className="late-order-actions">
      {held ? (
        <button
          type="button"
          className="button"
          disabled={release.busy}
          aria-label={`Release ${order.destinationName} to send ${name.replace(/ to .*$/, '')}`}
          onClick={() => void release.run()}
        >
          Release {order.destinationName}
        </button>
      ) : (
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-label={`Retry ${name} now`}
          onClick={() => void retry()}
        >
          Retry now
        </button>
      )}
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
      {said ? (
        <p className="late-order-retry" role="status">
          {said}
        </p>
      ) : null}
      {asking ? <HandledByPhoneDialog order={order} onClose={() => setAsking(false)} /> : null}
    </div>
  );
}
