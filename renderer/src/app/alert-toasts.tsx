import { alertHeadline } from '../../../shared/domain/deliveries';
import { FixActions } from '../features/failing/fix-actions';
import { useAppStore } from '../store/store-context';
import './alert-toasts.css';

/**
 * In browser mode there are no desktop notifications: a partner that starts
 * failing, is paused or disabled is announced here instead, in plain words, with
 * the fix that follows the reason and its undelivered webhooks. The toast follows
 * the partner: a newer reason replaces the old, and it goes once the partner
 * recovers, is disabled or deleted.
 */
export function AlertToasts() {
  const browserMode = useAppStore((state) => state.app.info?.mode === 'browser');
  const toasts = useAppStore((state) => state.alerts.toasts);
  const dismiss = useAppStore((state) => state.dismissAlert);
  if (!browserMode) return null;
  return (
    <section className="alert-toasts" aria-label="Alerts" aria-live="polite">
      {toasts.map((toast) => (
        <div
          key={toast.key}
          className={`alert-toast alert-toast-${toast.kind}`}
          role="group"
          aria-label={`Alert about ${toast.destinationName}`}
        >
          <div>
            <p className="alert-toast-title">{alertHeadline(toast)}</p>
            <p className="alert-toast-reason">{toast.reason}</p>
          </div>
          <FixActions destinationId={toast.destinationId} name={toast.destinationName} failure={toast.failure} />
          <button
            type="button"
            className="button button-quiet"
            aria-label={`Dismiss the alert about ${toast.destinationName}`}
            onClick={() => dismiss(toast.key)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
