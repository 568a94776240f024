import { Link, useLocation } from 'react-router';
import { resumeLabel, statusSentence } from '../features/store/status-words';
import { useSetStoreStatus } from '../features/store/use-set-store-status';
import { useAppStore } from '../store/store-context';
import { useNow } from '../time/use-now';
import { useStoreClock } from '../time/use-store-clock';
import './store-status-banner.css';

/**
 * While the store is paused, busy or closed, every screen says so, with the
 * way back in one click: a manager who paused in a rush must not forget. When
 * a pause ends on time the core reopens the store and pushes `domain.changed`;
 * the store is fetched again and the banner goes.
 */
export function StoreStatusBanner() {
  const status = useAppStore((state) => state.restaurant.view?.status);
  const clock = useStoreClock();
  const now = useNow();
  const onStorePage = useLocation().pathname === '/store';
  const { set, pending, error } = useSetStoreStatus();
  if (!status || status.state === 'open') return null;
  return (
    <section
      className={`notice ${status.state === 'busy' ? '' : 'notice-warning '}store-status-banner`}
      aria-label="Store status"
    >
      <p className="notice-message">
        {statusSentence(status, clock, now)}
        {error ? <span role="alert"> {error}</span> : null}
      </p>
      {onStorePage ? null : (
        <Link to="/store" className="button button-quiet">
          Change status
        </Link>
      )}
      <button type="button" className="button" disabled={pending} onClick={() => void set({ state: 'open' })}>
        {resumeLabel(status)}
      </button>
    </section>
  );
}
