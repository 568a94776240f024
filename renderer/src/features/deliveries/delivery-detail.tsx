import { useEffect, useState } from 'react';
import type { DeliveryDetail as Detail } from '../../../../shared/domain/deliveries';
import { useAppStore } from '../../store/store-context';
import { AttemptList } from './attempt-list';
import { StoreTimeText } from '../../time/store-time-text';
import { PayloadView } from './payload-view';
import { StateBadge } from './state-badge';
import { eventTitle } from './delivery-words';
import { rowIn } from '../../store/row-chunks';
import { CloseButton } from '../../components/close-button';
import { ErrorAlert } from '../../components/error-alert';
import { usePanelFocus } from '../../components/use-panel-focus';
import '../../components/side-panel.css';

interface DeliveryDetailProps {
  id: number;
  onResend: (id: number) => void;
  resendError: string | null;
  onClose: () => void;
  /** Where focus goes on close when nothing else had it before (a row chosen with j/k). */
  fallbackFocus: () => HTMLElement | null;
}

/** The selected delivery: payload, masked request headers and every attempt. */
export function DeliveryDetail({ id, onResend, resendError, onClose, fallbackFocus }: DeliveryDetailProps) {
  const panelRef = usePanelFocus<HTMLElement>(fallbackFocus);
  const row = useAppStore((state) => rowIn(state.deliveries.rows, id));
  const getDetail = useAppStore((state) => state.getDeliveryDetail);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Refetch whenever the row moves on (a new attempt, a new state), not on a timer.
  const version = row ? `${row.state}:${row.attempts}:${row.updatedAt}` : '';

  useEffect(() => {
    let current = true;
    void getDetail(id).then((result) => {
      if (!current) return;
      if (result.ok) {
        setDetail(result.value);
        setError(null);
      } else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [id, version, getDetail]);

  const shown = detail?.delivery.id === id ? detail : null;
  const delivery = row ?? shown?.delivery;
  const headers = shown?.attempts.at(-1)?.requestHeaders ?? {};

  return (
    <aside ref={panelRef} className="card delivery-detail side-panel" aria-label="Delivery detail" tabIndex={-1}>
      {delivery ? (
        <header className="detail-header">
          <div>
            <h2 className="detail-title">{delivery.summary || delivery.eventType}</h2>
            <p className="detail-meta">
              {eventTitle(delivery.eventType)} <span className="cell-mono">{delivery.eventType}</span> to{' '}
              {delivery.destinationName} · <StoreTimeText at={delivery.createdAt} />
            </p>
            <p className="detail-meta cell-mono">{delivery.eventId}</p>
          </div>
          <div className="detail-actions">
            <button type="button" className="button" onClick={() => onResend(id)} aria-keyshortcuts="r">
              Resend
            </button>
            <CloseButton label="Close delivery detail" onClick={onClose} />
          </div>
        </header>
      ) : (
        <CloseButton label="Close delivery detail" onClick={onClose} />
      )}
      {delivery ? (
        <div className="detail-state">
          <StateBadge row={delivery} />
          {delivery.lastReason ? <span className="detail-reason">{delivery.lastReason}</span> : null}
        </div>
      ) : null}
      <ErrorAlert message={resendError} />
      {error ? (
        <p className="inline-message inline-message-error" role="alert">
          Could not load this delivery: {error}
        </p>
      ) : null}
      {shown ? (
        <>
          <section aria-label="Attempts section">
            <h3 className="detail-section">Attempts</h3>
            <AttemptList attempts={shown.attempts} />
          </section>
          <section>
            <h3 className="detail-section">Payload</h3>
            <PayloadView payload={shown.payload} />
          </section>
          <section>
            <h3 className="detail-section">Request headers</h3>
            {Object.keys(headers).length === 0 ? (
              <p className="detail-empty">Not sent yet.</p>
            ) : (
              <dl className="header-list" aria-label="Request headers">
                {Object.entries(headers).map(([name, value]) => (
                  <div key={name} className="header-entry">
                    <dt>{name}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        </>
      ) : !error ? (
        <p className="loading-text">Loading…</p>
      ) : null}
    </aside>
  );
}
