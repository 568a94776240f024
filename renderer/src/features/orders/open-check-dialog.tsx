import { useState } from 'react';
import {
  openCheckInputSchema,
  orderSourceLabels,
  orderSources,
  type Check,
  type OrderSource,
} from '../../../../shared/domain/checks';
import type { EventType } from '../../../../shared/domain/event-types';
import { Dialog } from '../../components/dialog';
import { RadioGroup } from '../../components/radio-group';
import { TextField } from '../../components/text-field';
import { WhoWillReceive } from '../../components/who-will-receive';
import { fieldErrorsFrom } from '../../forms/field-errors';
import { useTouched } from '../../forms/use-touched';
import { useAppStore } from '../../store/store-context';
import { ErrorAlert } from '../../components/error-alert';
import { OloPausedWarning } from './olo-paused-warning';

const createdEvents: readonly EventType[] = ['order.created'];

const sourceHints: Record<OrderSource, string> = {
  olo: 'A guest ordered online. Sent to the Open Order Web Hooks URL.',
  pos: 'Rung up at the POS. Sent to the Open Order URL only when 3rd Order Web Hooks is Active.',
  third_party: 'A delivery app or another channel. Sent to the Open Order URL only when 3rd Order Web Hooks is Active.',
};

/** Opens a check, choosing where the order came from: that decides who hears of it. */
export function OpenCheckDialog({ onClose, onOpened }: { onClose: () => void; onOpened: (check: Check) => void }) {
  const openCheck = useAppStore((state) => state.openCheck);
  const [source, setSource] = useState<OrderSource | null>(null);
  const [table, setTable] = useState('');
  const [guests, setGuests] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { touched, touch } = useTouched();

  const guestCount = guests.trim() === '' ? null : /^\d+$/.test(guests.trim()) ? Number(guests) : Number.NaN;
  const input = { source: source ?? undefined, table, guests: guestCount, notes: '', lines: [] };
  const parsed = openCheckInputSchema.safeParse(input);
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues, ['source', 'table', 'guests']);
  if (errors.guests && Number.isNaN(guestCount)) errors.guests = 'Enter a whole number of guests, or leave it empty.';

  const submit = async (): Promise<void> => {
    touch('source', 'table', 'guests');
    if (!parsed.success) return;
    setBusy(true);
    const result = await openCheck(parsed.data);
    setBusy(false);
    if (result.ok) onOpened(result.value);
    else setError(`Not opened: ${result.error.message}`);
  };

  return (
    <Dialog
      title="Open check"
      size="large"
      onClose={onClose}
      footer={
        <>
          {source ? <WhoWillReceive eventTypes={createdEvents} orderSource={source} /> : null}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy || !parsed.success}
            onClick={() => void submit()}
          >
            Open check
          </button>
        </>
      }
    >
      <div className="dialog-fields">
        <RadioGroup<OrderSource>
          legend="Source"
          value={source}
          onChange={setSource}
          error={touched.has('source') ? errors.source : undefined}
          options={orderSources.map((value) => ({ value, label: orderSourceLabels[value], hint: sourceHints[value] }))}
        />
        {source === 'olo' ? <OloPausedWarning /> : null}
        <div className="dialog-row">
          <TextField
            label="Table"
            value={table}
            onChange={setTable}
            onBlur={() => touch('table')}
            error={touched.has('table') ? errors.table : undefined}
            hint="Leave empty for takeaway or delivery."
          />
          <TextField
            label="Guests"
            value={guests}
            onChange={setGuests}
            onBlur={() => touch('guests')}
            error={touched.has('guests') ? errors.guests : undefined}
            inputMode="numeric"
            hint="Optional."
          />
        </div>
        <ErrorAlert message={error} />
      </div>
    </Dialog>
  );
}
