import { eventTypeTitles, type EventType } from '../../../../shared/domain/event-types';
import { useAppStore } from '../../store/store-context';
import { StoreTimeText } from '../../time/store-time-text';
import { useNow } from '../../time/use-now';
import { LateOrderActions } from './late-order-actions';
import { lateOrderWaiting } from './late-order-words';
import './late-orders.css';

const titleOf = (type: string): string => eventTypeTitles[type as EventType] ?? type;

/**
 * The Dashboard's list of late orders: every one (the alerts show the first few),
 * with the same actions. First on the page while there are any, gone when there are
 * none, like a partner's failing notice.
 */
export function LateOrdersCard() {
  const orders = useAppStore((state) => state.lateOrders.orders);
  const now = useNow(15_000);
  if (orders.length === 0) return null;
  return (
    <section className="card card-padded late-orders-card" aria-labelledby="late-orders-heading">
      <h2 id="late-orders-heading">Late orders</h2>
      <ul className="late-orders-list">
        {orders.map((order) => (
          <li key={order.deliveryId} className="late-orders-item">
            <p className="late-orders-line">
              <strong>{order.checkNumber === null ? 'Order' : `Order #${order.checkNumber}`}</strong> to{' '}
              {order.destinationName} · {titleOf(order.eventType)} · opened{' '}
              <StoreTimeText at={order.openedAt} kind="planned" /> · waiting {lateOrderWaiting(order, now)}
            </p>
            {order.lastReason ? <p className="late-orders-reason">{order.lastReason}</p> : null}
            <LateOrderActions order={order} />
          </li>
        ))}
      </ul>
    </section>
  );
}
