import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { undeliveredCount, type DeliveryCounts } from '../../../../shared/domain/deliveries';
import { ErrorAlert } from '../../components/error-alert';
import { useAppStore } from '../../store/store-context';
import { paramsFromFilter } from './filter-params';
import { ResendProgressCard } from './resend-progress';
import './undelivered-offer.css';

/** A partner or hook, by its delivery-log id (`partner:<id>`, `hook:<kind>`) and name. */
export interface OfferedDestination {
  id: string;
  name: string;
}

/** What a screen offers after a save; `save` counts saves, so each one counts afresh (the offer's `key`). */
export interface UndeliveredOfferFor {
  save: number;
  destinations: OfferedDestination[];
}

/** The offer after another save that fixed `destinations`, or none when it fixed nothing. */
export const nextOffer = (
  previous: UndeliveredOfferFor | null,
  destinations: OfferedDestination[],
): UndeliveredOfferFor | null => (destinations.length === 0 ? null : { save: (previous?.save ?? 0) + 1, destinations });

interface UndeliveredOfferProps {
  /** The destinations just fixed; read once (a new save gives the offer a new `key`). */
  destinations: readonly OfferedDestination[];
  onClose: () => void;
}

const names = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * After a partner's URL or key is fixed: "Send the N undelivered webhooks to X
 * now" — everything failed or still retrying for those destinations, in one
 * click, with progress. Counted by the core; says nothing when there is nothing.
 */
export function UndeliveredOffer({ destinations, onClose }: UndeliveredOfferProps) {
  const countDeliveries = useAppStore((state) => state.countDeliveries);
  const resendUndelivered = useAppStore((state) => state.resendUndelivered);
  /** Per destination, so the offer names only those with something undelivered. */
  const [counted, setCounted] = useState<{ destination: OfferedDestination; counts: DeliveryCounts }[] | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [offered] = useState(destinations);

  useEffect(() => {
    let current = true;
    void Promise.all(
      offered.map(async (destination) => ({
        destination,
        result: await countDeliveries({ destinationIds: [destination.id] }),
      })),
    ).then((answers) => {
      if (!current) return;
      setCounted(
        answers.flatMap(({ destination, result }) => (result.ok ? [{ destination, counts: result.value }] : [])),
      );
    });
    return () => {
      current = false;
    };
  }, [offered, countDeliveries]);

  const waiting = (counted ?? []).filter(({ counts }) => undeliveredCount(counts) > 0);
  const ids = waiting.map(({ destination }) => destination.id);
  const logPath = `/deliveries?${paramsFromFilter({ destinationIds: ids }).toString()}`;
  if (jobId) {
    return (
      <div className="undelivered-offer-progress">
        <ResendProgressCard jobId={jobId} onDismiss={onClose} />
        <Link to={logPath}>See them in Deliveries</Link>
      </div>
    );
  }
  if (waiting.length === 0) return null;
  const sum = (of: (counts: DeliveryCounts) => number): number =>
    waiting.reduce((total, { counts }) => total + of(counts), 0);
  const count = sum(undeliveredCount);
  const failed = sum((counts) => counts.byState.failed);
  const retrying = sum((counts) => counts.byState.retrying);
  const to = names.format(waiting.map(({ destination }) => destination.name));
  const kinds = [
    failed > 0 ? `${failed.toLocaleString()} failed` : null,
    retrying > 0 ? `${retrying.toLocaleString()} waiting to retry` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const send = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    const result = await resendUndelivered({ destinationIds: ids });
    setBusy(false);
    if (result.ok) setJobId(result.value.jobId);
    else setError(`Could not send them: ${result.error.message}`);
  };
  return (
    <section className="card undelivered-offer" aria-label="Undelivered webhooks">
      <p className="undelivered-offer-text">
        {`${count === 1 ? `1 webhook to ${to} has` : `${count.toLocaleString()} webhooks to ${to} have`} not been delivered yet (${kinds}). They can go now, with the settings you just saved.`}
      </p>
      <div className="undelivered-offer-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void send()}>
          {count === 1
            ? `Send the undelivered webhook to ${to} now`
            : `Send the ${count.toLocaleString()} undelivered webhooks to ${to} now`}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Not now
        </button>
      </div>
      <ErrorAlert message={error} />
    </section>
  );
}
