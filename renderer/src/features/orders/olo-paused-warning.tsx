import { useAppStore } from '../../store/store-context';
import { useStoreClock } from '../../time/use-store-clock';

/**
 * Opening an online order while online ordering is paused (or the store is
 * closed) is unusual, so the dialog says so — but allows it: the order may
 * have been placed just before the pause, or be a guest's call, and refusing
 * would lose a real order. Partners hear of it as usual.
 */
export function OloPausedWarning() {
  const status = useAppStore((state) => state.restaurant.view?.status);
  const clock = useStoreClock();
  if (status?.state !== 'paused' && status?.state !== 'closed') return null;
  const now =
    status.state === 'paused'
      ? `Online ordering is paused until ${clock.planned(status.until)}`
      : 'The store is set to Closed';
  return (
    <p className="inline-message inline-message-warning" role="alert">
      {now}: partners were told it takes no online orders. You can still open this check — for an order placed just
      before, or taken by phone — and partners hear of it as usual.
    </p>
  );
}
