import { useId } from 'react';
import type { StoreView } from '../../../../shared/domain/store';
import { ErrorAlert } from '../../components/error-alert';
import { useNow } from '../../time/use-now';
import { useStoreClock } from '../../time/use-store-clock';
import { busyFor, busyMinutes, pauseFor, pauseMinutes, untilClosingOffer } from './quick-statuses';
import { resumeLabel, statusSentence } from './status-words';
import { useSetStoreStatus } from './use-set-store-status';

/**
 * The status now, and pause 15 / 30 / 60 min, until closing, busy +15 / +30 min
 * and back to normal: each is one click and reaches partners at once as `store.updated`.
 */
export function QuickStatusActions({ view }: { view: StoreView }) {
  const clock = useStoreClock();
  const now = useNow();
  const { set, pending, error, setError } = useSetStoreStatus();
  const closing = untilClosingOffer(view, now, clock);
  const { status } = view;
  const pauseLabel = useId();
  const busyLabel = useId();

  const pauseUntilClosing = (): void => {
    // The offer on screen may be a minute old: judge it again at the click.
    const fresh = untilClosingOffer(view, Date.now(), clock);
    if (fresh.ok) void set(fresh.status);
    else setError(fresh.reason);
  };

  return (
    <div className="quick-status">
      <div className={`store-status-now store-status-${status.state}`}>
        <p role="status" aria-label="Current status">
          {statusSentence(status, clock, now)}
        </p>
        {status.state === 'open' ? null : (
          <button
            type="button"
            className="button button-primary"
            disabled={pending}
            onClick={() => void set({ state: 'open' })}
          >
            {resumeLabel(status)}
          </button>
        )}
      </div>
      <div className="quick-status-row" role="group" aria-labelledby={pauseLabel}>
        <span id={pauseLabel} className="quick-status-label">
          Pause online ordering
        </span>
        {pauseMinutes.map((minutes) => (
          <button
            key={minutes}
            type="button"
            className="button"
            disabled={pending}
            aria-label={`Pause ${minutes} min`}
            onClick={() => void set(pauseFor(minutes, Date.now(), view.timezone))}
          >
            {minutes} min
          </button>
        ))}
        {closing.ok ? (
          <button type="button" className="button" disabled={pending} onClick={pauseUntilClosing}>
            Until closing ({clock.planned(closing.closesAt, { now })})
          </button>
        ) : null}
      </div>
      {closing.ok ? null : <p className="field-hint quick-status-note">{closing.reason}</p>}
      <div className="quick-status-row" role="group" aria-labelledby={busyLabel}>
        <span id={busyLabel} className="quick-status-label">
          Busy: extra prep time
        </span>
        {busyMinutes.map((minutes) => (
          <button
            key={minutes}
            type="button"
            className="button"
            disabled={pending}
            aria-label={`Busy +${minutes} min`}
            onClick={() => void set(busyFor(minutes))}
          >
            +{minutes} min
          </button>
        ))}
      </div>
      <ErrorAlert message={error} />
    </div>
  );
}
