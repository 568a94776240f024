import { useState } from 'react';
import { cancelCheckInputSchema, type Check } from '../../../../shared/domain/checks';
import type { EventType } from '../../../../shared/domain/event-types';
import { Dialog } from '../../components/dialog';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { WhoWillReceive } from '../../components/who-will-receive';
import { fieldErrorsFrom } from '../../forms/field-errors';
import { useTouched } from '../../forms/use-touched';
import { useAppStore } from '../../store/store-context';
import { checkTitle } from './check-words';
import { ErrorAlert } from '../../components/error-alert';

const cancelEvents: readonly EventType[] = ['order.cancelled'];

/** Cancelling needs a reason and a name: partners are told both (`order.cancelled`). */
export function CancelCheckDialog({ check, onClose }: { check: Check; onClose: () => void }) {
  const cancelCheck = useAppStore((state) => state.cancelCheck);
  const [reason, setReason] = useState('');
  const [by, setBy] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { touched, touch } = useTouched();
  const parsed = cancelCheckInputSchema.safeParse({ checkId: check.id, reason, by });
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues, ['reason', 'by']);
  const title = checkTitle(check);

  const confirm = async (): Promise<void> => {
    touch('reason', 'by');
    if (!parsed.success) return;
    setBusy(true);
    const result = await cancelCheck(check.id, parsed.data.reason, parsed.data.by);
    setBusy(false);
    if (result.ok) onClose();
    else setError(`Not cancelled: ${result.error.message}`);
  };

  return (
    <Dialog
      role="alertdialog"
      title={`Cancel ${title}?`}
      description="A cancelled check cannot be reopened."
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Keep the check
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={busy || !parsed.success}
            onClick={() => void confirm()}
          >
            Cancel check
          </button>
        </>
      }
    >
      <div className="dialog-fields">
        <TextAreaField
          label="Reason"
          value={reason}
          onChange={setReason}
          onBlur={() => touch('reason')}
          error={touched.has('reason') ? errors.reason : undefined}
          rows={2}
          placeholder="e.g. Guest left before ordering"
          autoFocus
        />
        <TextField
          label="Cancelled by"
          value={by}
          onChange={setBy}
          onBlur={() => touch('by')}
          error={touched.has('by') ? errors.by : undefined}
          placeholder="Your name"
        />
        <WhoWillReceive eventTypes={cancelEvents} orderSource={check.source} />
        <ErrorAlert message={error} />
      </div>
    </Dialog>
  );
}
