import { useState } from 'react';
import { markHandledInputSchema, type LateOrder } from '../../../../shared/domain/order-deadlines';
import { Dialog } from '../../components/dialog';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/text-field';
import { fieldErrorsFrom } from '../../forms/field-errors';
import { useTouched } from '../../forms/use-touched';
import { useAppStore } from '../../store/store-context';
import { lateOrderName } from './late-order-words';
import './late-orders.css';

interface HandledByPhoneDialogProps {
  order: LateOrder;
  onClose: () => void;
}

/**
 * Asks before the alert goes for good: the webhook stops, so the partner does not
 * get an order they already took by phone a second time. Who phoned is kept.
 */
export function HandledByPhoneDialog({ order, onClose }: HandledByPhoneDialogProps) {
  const markOrderHandled = useAppStore((state) => state.markOrderHandled);
  const [by, setBy] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { touched, touch } = useTouched();
  const parsed = markHandledInputSchema.safeParse({ deliveryId: order.deliveryId, by });
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues, ['by']);

  const confirm = async (): Promise<void> => {
    touch('by');
    if (!parsed.success) return;
    setBusy(true);
    const result = await markOrderHandled(order.deliveryId, parsed.data.by);
    setBusy(false);
    if (result.ok) onClose();
    else setError(`Not marked: ${result.error.message}`);
  };

  return (
    <Dialog
      role="alertdialog"
      title={`Handled ${lateOrderName(order)} by phone?`}
      description={`The alert goes, and the webhook is not sent any more, so ${order.destinationName} does not get the order twice. You can still resend it from Deliveries.`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void confirm()}>
            {busy ? 'Working…' : 'Mark as handled'}
          </button>
        </>
      }
    >
      <div className="handled-by-phone-fields">
        <TextField
          label="Phoned by"
          value={by}
          onChange={setBy}
          onBlur={() => touch('by')}
          error={touched.has('by') ? errors.by : undefined}
          placeholder="Your name"
          autoFocus
        />
        <ErrorAlert message={error} />
      </div>
    </Dialog>
  );
}
