import { useState } from 'react';
import { Dialog } from '../../components/dialog';

interface DeletePartnerDialogProps {
  name: string;
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
}

/** Names the partner, because "Delete?" on the wrong row is the mistake to prevent. */
export function DeletePartnerDialog({ name, onConfirm, onClose }: DeletePartnerDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async (): Promise<void> => {
    setBusy(true);
    const problem = await onConfirm();
    setBusy(false);
    if (problem) setError(problem);
  };
  return (
    <Dialog
      role="alertdialog"
      title={`Delete “${name}”?`}
      description="Webhooks stop going to this partner, and its settings and secrets are removed. This cannot be undone."
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" data-autofocus onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-danger" disabled={busy} onClick={() => void confirm()}>
            Delete partner
          </button>
        </>
      }
    >
      {error ? (
        <p className="inline-message inline-message-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
