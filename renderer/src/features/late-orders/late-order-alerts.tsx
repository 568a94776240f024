import { Link } from 'react-router';
import { useAppStore } from '../../store/store-context';
import { useNow } from '../../time/use-now';
import { LateOrderAlert } from './late-order-alert';
import './late-orders.css';

/** More than this and the rest are one line away on the Dashboard: the screen must stay usable. */
const shownAtOnce = 3;
const minuteMs = 60_000;

/**
 * Order webhooks past their deadline, at the top of every screen (#14): not a toast
 * that fades, they stay until handled, in desktop and browser mode alike.
 */
export function LateOrderAlerts() {
  const orders = useAppStore((state) => state.lateOrders.orders);
  const online = useAppStore((state) => state.app.status?.online ?? true);
  const now = useNow(orders.length > 0 ? minuteMs / 4 : minuteMs);
  if (orders.length === 0) return null;
  const more = orders.length - shownAtOnce;
  return (
    <section className="late-orders" aria-label="Late order alerts">
      {orders.slice(0, shownAtOnce).map((order) => (
        <LateOrderAlert key={order.deliveryId} order={order} now={now} online={online} />
      ))}
      {more > 0 ? (
        <p className="late-orders-more">
          {more === 1 ? '1 more late order' : `${more} more late orders`} —{' '}
          <Link to="/hub/dashboard">see them all on the Dashboard</Link>.
        </p>
      ) : null}
    </section>
  );
}
