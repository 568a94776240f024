import { useEffect, useState } from 'react';
import { undeliveredCount } from '../../../../shared/domain/deliveries';
import { Dialog } from '../../components/dialog';
import { useAppStore } from '../../store/store-context';
import { ErrorAlert } from '../../components/error-alert';
import { StoreTimeInput } from '../../time/store-time-input';
import { useStoreClock } from '../../time/use-store-clock';

/** "Send everything undelivered since …": for the morning after a partner's outage. */
export function ResendSinceDialog({ onClose }: { onClose: () => void }) {
  const resendUndeliveredSince = useAppStore((state) => state.resendUndeliveredSince);
  const countDeliveries = useAppStore((state) => state.countDeliveries);
  const clock = useStoreClock();
  // Typed in store time, like every time on the screens (#9).
  const [since, setSince] = useState(() => clock.toInput(Date.now() - 24 * 3_600_000));
  const [counted, setCounted] = useState<{ iso: string; count: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reading = clock.fromInput(since);
  const iso = reading.ok ? reading.iso : null;
  const count = counted && counted.iso === iso ? counted.count : null;

  // The number the button sends, counted by the core for the chosen time.
  useEffect(() => {
    if (!iso) return;
    let current = true;
    void countDeliveries({ from: iso }).then((result) => {
      if (current && result.ok) setCounted({ iso, count: undeliveredCount(result.value) });
    });
    return () => {
      current = false;
    };
  }, [iso, countDeliveries]);

  const submit = async (): Promise<void> => {
    if (!iso) {
      setError('Choose a date and time.');
      return;
    }
    setBusy(true);
    const result = await resendUndeliveredSince(iso);
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.error.message);
  };
  return (
    <Dialog
      title="Send everything undelivered since…"
      description="Every webhook from that time on that has not been delivered yet — failed, or waiting to retry — is sent again now, with each partner's current URL and key and the same event id."
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy || count === 0}
            onClick={() => void submit()}
          >
            {busy ? 'Working…' : count === null ? 'Send undelivered' : `Send ${count.toLocaleString()} now`}
          </button>
        </>
      }
    >
      <StoreTimeInput
        label="Since"
        className="delivery-filter"
        labelClassName="delivery-filter-label"
        autoFocus
        value={since}
        onChange={(value) => {
          setSince(value);
          setError(null);
        }}
      />
      <p className="field-hint" role="status">
        {count === null
          ? ' '
          : count === 0
            ? 'Everything since then has been delivered or is on its way.'
            : `${count.toLocaleString()} ${count === 1 ? 'webhook' : 'webhooks'} since then not delivered yet.`}
      </p>
      <ErrorAlert message={error} />
    </Dialog>
  );
}
