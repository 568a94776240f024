import { useState } from 'react';
import type { BackInStock } from '../../../../shared/domain/back-in-stock';
import { Dialog } from '../../components/dialog';
import { ErrorAlert } from '../../components/error-alert';
import { WhoWillReceive } from '../../components/who-will-receive';
import { StoreTimeInput } from '../../time/store-time-input';
import { useStoreClock } from '../../time/use-store-clock';
import { itemEvents } from './item-events';

interface BackInStockDialogProps {
  /** "Tiramisù" or "3 items". */
  what: string;
  onClose: () => void;
  /** Resolves with an error message, or null when done (the caller closes). */
  onChoose: (until: BackInStock) => Promise<string | null>;
}

const hourMs = 3_600_000;
const yearMs = 366 * 24 * hourMs;

/** "86 until a time…": a date and time on the store's clock, when the item(s) come back by themselves. */
export function BackInStockDialog({ what, onClose, onChoose }: BackInStockDialogProps) {
  const clock = useStoreClock();
  // "In the future" is judged against when the dialog opened; the core judges again on save.
  const [now] = useState(() => Date.now());
  // A sensible first guess: two hours from now, on the next half hour.
  const [value, setValue] = useState(() => clock.toInput(Math.ceil((now + 2 * hourMs) / (hourMs / 2)) * (hourMs / 2)));
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reading = clock.fromInput(value);
  let problem: string | null = null;
  if (!reading.ok) problem = 'Choose the date and time it comes back.';
  else if (reading.instant <= now) problem = 'Choose a time in the future.';
  else if (reading.instant - now > yearMs) problem = 'Choose a time within a year.';

  const submit = async (): Promise<void> => {
    setTouched(true);
    if (problem || !reading.ok) return;
    setBusy(true);
    setError(await onChoose({ kind: 'at', at: reading.iso }));
    setBusy(false);
  };

  return (
    <Dialog
      title={`86 ${what} until…`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void submit()}>
            {busy ? 'Saving…' : '86 until then'}
          </button>
        </>
      }
    >
      <StoreTimeInput
        label="Back in stock at"
        value={value}
        onChange={setValue}
        onBlur={() => setTouched(true)}
        error={touched && problem ? problem : undefined}
        autoFocus
      />
      {reading.ok && !problem ? (
        <p className="field-hint">It comes back {clock.planned(reading.instant, { now })}.</p>
      ) : null}
      <WhoWillReceive eventTypes={itemEvents} />
      <ErrorAlert message={error} />
    </Dialog>
  );
}
