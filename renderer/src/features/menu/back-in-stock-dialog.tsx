import { useId, useState } from 'react';
import type { BackInStock } from '../../../../shared/domain/back-in-stock';
import { Dialog } from '../../components/dialog';
import { ErrorAlert } from '../../components/error-alert';
import { FieldError } from '../../components/field-error';
import { WhoWillReceive } from '../../components/who-will-receive';
import { userLocale } from '../../forms/user-locale';
import { storeTimeWords } from './back-in-stock-words';
import { itemEvents } from './item-events';
import { inTwoHours, storeInputToMs } from './store-clock-input';

interface BackInStockDialogProps {
  /** "Tiramisù" or "3 items". */
  what: string;
  zone: string;
  onClose: () => void;
  /** Resolves with an error message, or null when done (the caller closes). */
  onChoose: (until: BackInStock) => Promise<string | null>;
}

const yearMs = 366 * 24 * 3_600_000;

/** "86 until a time…": a date and time in the store's zone, when the item(s) come back by themselves. */
export function BackInStockDialog({ what, zone, onClose, onChoose }: BackInStockDialogProps) {
  const [value, setValue] = useState(() => inTwoHours(zone));
  // "In the future" is judged against when the dialog opened; the core judges again on save.
  const [now] = useState(() => Date.now());
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const pcZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const at = storeInputToMs(value, zone);
  let problem: string | null = null;
  if (at === null) problem = 'Choose the date and time it comes back.';
  else if (at <= now) problem = 'Choose a time in the future.';
  else if (at - now > yearMs) problem = 'Choose a time within a year.';

  const submit = async (): Promise<void> => {
    setTouched(true);
    if (problem || at === null) return;
    setBusy(true);
    setError(await onChoose({ kind: 'at', at: new Date(at).toISOString() }));
    setBusy(false);
  };

  const shownProblem = touched ? problem : null;
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
      <div className="field">
        <label htmlFor={id} className="field-label">
          Back in stock at
        </label>
        <input
          id={id}
          className="input"
          type="datetime-local"
          data-autofocus
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onBlur={() => setTouched(true)}
          aria-invalid={shownProblem ? true : undefined}
          aria-describedby={`${id}-hint${shownProblem ? ` ${id}-error` : ''}`}
        />
        <FieldError id={`${id}-error`} message={shownProblem} />
        <p id={`${id}-hint`} className="field-hint">
          Store time ({zone}){pcZone !== zone ? `; this PC is on ${pcZone} time` : ''}.
          {at !== null && !problem ? ` It comes back ${storeTimeWords(at, zone, userLocale(), now)}.` : ''}
        </p>
      </div>
      <WhoWillReceive eventTypes={itemEvents} />
      <ErrorAlert message={error} />
    </Dialog>
  );
}
