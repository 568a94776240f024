import { useState } from 'react';
import { Dialog } from '../../components/dialog';
import { useAppStore } from '../../store/store-context';
import { fromLocalInput, toLocalInput } from './delivery-words';
import { ErrorAlert } from '../../components/error-alert';

/** "Resend everything that failed since …": for the morning after a partner's outage. */
export function ResendSinceDialog({ onClose }: { onClose: () => void }) {
  const resendFailedSince = useAppStore((state) => state.resendFailedSince);
  const [since, setSince] = useState(() => toLocalInput(new Date(Date.now() - 24 * 3_600_000).toISOString()));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (): Promise<void> => {
    const iso = fromLocalInput(since);
    if (!iso) {
      setError('Choose a date and time.');
      return;
    }
    setBusy(true);
    const result = await resendFailedSince(iso);
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
      <label className="delivery-filter">
        <span className="delivery-filter-label">Failed since</span>
        <input
          type="datetime-local"
          className="input"
          data-autofocus
          value={since}
          onChange={(event) => setSince(event.target.value)}
        />
      </label>
      <ErrorAlert message={error} />
    </Dialog>
  );
}
