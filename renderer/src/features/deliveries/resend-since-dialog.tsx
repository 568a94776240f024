import { useState } from 'react';
import { Dialog } from '../../components/dialog';
import { useAppStore } from '../../store/store-context';
import { ErrorAlert } from '../../components/error-alert';
import { StoreTimeInput } from '../../time/store-time-input';
import { useStoreClock } from '../../time/use-store-clock';

/** "Resend everything that failed since …": for the morning after a partner's outage. */
export function ResendSinceDialog({ onClose }: { onClose: () => void }) {
  const resendFailedSince = useAppStore((state) => state.resendFailedSince);
  const clock = useStoreClock();
  const [since, setSince] = useState(() => clock.toInput(Date.now() - 24 * 3_600_000));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (): Promise<void> => {
    const reading = clock.fromInput(since);
    if (!reading.ok) {
      setError('Choose a date and time.');
      return;
    }
    setBusy(true);
    const result = await resendFailedSince(reading.iso);
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.error.message);
  };
  return (
    <Dialog
      title="Resend everything that failed since…"
      description="Every failed delivery from that time on is sent again, with each destination's current settings and the same event id."
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void submit()}>
            {busy ? 'Working…' : 'Resend failed'}
          </button>
        </>
      }
    >
      <StoreTimeInput
        label="Failed since"
        className="delivery-filter"
        labelClassName="delivery-filter-label"
        autoFocus
        value={since}
        onChange={setSince}
      />
      <ErrorAlert message={error} />
    </Dialog>
  );
}
