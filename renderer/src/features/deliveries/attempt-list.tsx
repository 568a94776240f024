import type { AttemptView } from '../../../../shared/domain/deliveries';
import { StoreTimeText } from '../../time/store-time-text';
import { formatLatency } from './delivery-words';

/** Every attempt, newest first, with the failure in the operator's words. */
export function AttemptList({ attempts }: { attempts: readonly AttemptView[] }) {
  if (attempts.length === 0) return <p className="detail-empty">No attempts yet.</p>;
  return (
    <ol className="attempt-list" aria-label="Attempts">
      {[...attempts].reverse().map((attempt) => (
        <li key={attempt.id} className="attempt">
          <div className="attempt-head">
            <span className={`attempt-outcome outcome-${attempt.outcome}`}>
              {attempt.outcome === 'delivered' ? 'Delivered' : attempt.outcome === 'offline' ? 'Offline' : 'Failed'}
            </span>
            <StoreTimeText at={attempt.startedAt} />
            <span>{attempt.status === null ? 'No response' : `HTTP ${attempt.status}`}</span>
            <span>{formatLatency(attempt.latencyMs)}</span>
            <span className="attempt-kind">{attempt.manual ? 'Manual resend' : 'Automatic'}</span>
          </div>
          {attempt.reason ? <p className="attempt-reason">{attempt.reason}</p> : null}
          {attempt.responseExcerpt ? <pre className="code-box">{attempt.responseExcerpt}</pre> : null}
        </li>
      ))}
    </ol>
  );
}
