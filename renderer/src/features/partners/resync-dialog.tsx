import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { partnerDestinationId } from '../../../../shared/domain/destinations';
import type { ResyncPlan } from '../../../../shared/domain/partner-resync';
import type { PartnerView } from '../../../../shared/domain/partners';
import { Dialog } from '../../components/dialog';
import { ErrorAlert } from '../../components/error-alert';
import { useAppStore } from '../../store/store-context';
import { paramsFromFilter } from '../deliveries/filter-params';
import { resyncPlanLines, resyncRunningLine, resyncSummary, unsubscribedWords } from './resync-words';
import './resync-dialog.css';

interface ResyncDialogProps {
  partner: PartnerView;
  onClose: () => void;
}

/**
 * "Send current state" (#14 point 3): first says what will be sent, kind by
 * kind, then shows it going out one event after the other (n of N delivered,
 * and why it waits), with Stop sending, and ends with a summary that names
 * what did not arrive and links to those deliveries. Closing it while it runs
 * leaves the resync running; opening it again shows where it is.
 */
export function ResyncDialog({ partner, onClose }: ResyncDialogProps) {
  const loadPlan = useAppStore((state) => state.loadResyncPlan);
  const start = useAppStore((state) => state.startResync);
  const cancel = useAppStore((state) => state.cancelResync);
  const dismiss = useAppStore((state) => state.dismissResync);
  const progress = useAppStore((state) => state.resyncs[partner.id]);
  const [plan, setPlan] = useState<ResyncPlan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const stopHintId = useId();

  useEffect(() => {
    let current = true;
    void loadPlan(partner.id).then((result) => {
      if (!current) return;
      if (result.ok) setPlan(result.value);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [loadPlan, partner.id]);

  const ended = progress !== undefined && progress.state !== 'running';
  const close = (): void => {
    // A summary read is forgotten; a running resync goes on and is shown again next time.
    if (ended) dismiss(partner.id);
    onClose();
  };
  const act = async (work: () => Promise<{ ok: boolean; error?: { message: string } }>): Promise<void> => {
    setBusy(true);
    setError(null);
    const result = await work();
    setBusy(false);
    if (!result.ok) setError(result.error?.message ?? null);
  };

  const title = `Send current state to “${partner.name}”`;
  if (progress) {
    const running = progress.state === 'running';
    // Those that did not arrive when there are any, else all of this partner's resync events.
    const logPath = `/deliveries?${paramsFromFilter({
      destinationIds: [partnerDestinationId(partner.id)],
      ...(progress.missed.length > 0 ? { states: ['failed' as const] } : {}),
      text: 'Resync',
    }).toString()}`;
    return (
      <Dialog
        title={title}
        onClose={close}
        footer={
          running ? (
            <>
              <button type="button" className="button" onClick={close}>
                Close
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                aria-describedby={stopHintId}
                onClick={() => void act(() => cancel(partner.id))}
              >
                Stop sending
              </button>
            </>
          ) : (
            <button type="button" className="button button-primary" data-autofocus onClick={close}>
              Done
            </button>
          )
        }
      >
        <div className="resync-progress" role="status" aria-live="polite">
          <p className="resync-progress-line">
            {running ? `Sending… ${resyncRunningLine(progress)}` : resyncSummary(progress)}
          </p>
          <progress
            className="resync-bar"
            aria-label={`Sent to ${partner.name}`}
            max={Math.max(progress.total, 1)}
            value={progress.delivered + progress.missed.length}
          />
          {running && progress.waiting ? <p className="resync-waiting">{progress.waiting}</p> : null}
        </div>
        {progress.missed.length > 0 ? (
          <div className="inline-message inline-message-warning">
            <p className="resync-missed-title">Did not arrive:</p>
            <ul className="resync-missed">
              {progress.missed.map((miss) => (
                <li key={miss.deliveryId}>{miss.summary.replace(/^Resync · /, '')}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {/* Also what keeps a long dialog's scrolling body reachable by keyboard at 200 % zoom. */}
        <p className="resync-note">
          <Link to={logPath} onClick={close}>
            {progress.missed.length > 0 ? 'See what did not arrive in Deliveries' : 'See them in Deliveries'}
          </Link>
        </p>
        {running ? (
          <p id={stopHintId} className="field-hint resync-note">
            Stop sending: the event already on its way still arrives; the rest are not sent. Close leaves it running.
          </p>
        ) : null}
        <ErrorAlert message={error} />
      </Dialog>
    );
  }

  return (
    <Dialog
      title={title}
      onClose={close}
      description={
        <p>
          {partner.name} gets everything it subscribes to as it is now — for a new partner, or after an outage longer
          than the log keeps webhooks. Each goes as an ordinary event marked <code>"resync": true</code>, one after the
          other, in this order:
        </p>
      }
      footer={
        <>
          <button type="button" className="button" data-autofocus onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy || !plan || plan.total === 0 || !partner.enabled}
            onClick={() => void act(() => start(partner.id))}
          >
            {plan && plan.total > 0 ? `Send ${plan.total.toLocaleString()} events` : 'Send'}
          </button>
        </>
      }
    >
      {plan ? (
        <>
          <ul className="resync-plan" aria-label="What will be sent">
            {resyncPlanLines(plan.counts).map((line) => (
              <li key={line.kind}>{line.text}</li>
            ))}
          </ul>
          {plan.notSubscribed.length > 0 ? (
            <p className="field-hint resync-note">
              Not sent, as {partner.name} does not subscribe to them:{' '}
              {plan.notSubscribed.map((kind) => unsubscribedWords[kind]).join(', ')}.
            </p>
          ) : null}
          {!partner.enabled ? (
            <p className="inline-message inline-message-warning">
              {partner.name} is disabled: enable it first, then send its current state.
            </p>
          ) : null}
          <p className="field-hint resync-note">
            Offline, they wait in the queue and go out when the connection is back. Only {partner.name} receives them;
            the Deliveries log shows them as “Resync”. What each event carries:{' '}
            <Link to="/hub/events" onClick={close}>
              Event Catalog
            </Link>
            .
          </p>
        </>
      ) : error ? null : (
        <p className="loading-text">Counting what will be sent…</p>
      )}
      <ErrorAlert message={error} />
    </Dialog>
  );
}
