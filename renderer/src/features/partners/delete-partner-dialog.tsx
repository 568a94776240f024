import { ConfirmDialog } from '../../components/confirm-dialog';

interface DeletePartnerDialogProps {
  name: string;
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
}

/** Names the partner, because "Delete?" on the wrong row is the mistake to prevent. */
export function DeletePartnerDialog({ name, onConfirm, onClose }: DeletePartnerDialogProps) {
  return (
    <ConfirmDialog
      title={`Delete “${name}”?`}
      description="Webhooks stop going to this partner, and its settings and secrets are removed. This cannot be undone."
      confirmLabel="Delete partner"
      danger
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
