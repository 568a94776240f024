import type { PartnerView } from '../../../../shared/domain/partners';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useAppStore } from '../../store/store-context';
import { StoreTimeText } from '../../time/store-time-text';

interface EndSigningOverlapDialogProps {
  partner: PartnerView;
  onClose: () => void;
}

/** "End overlap now": the old secret stops before its time, once the partner verifies with the new one (#14). */
export function EndSigningOverlapDialog({ partner, onClose }: EndSigningOverlapDialogProps) {
  const end = useAppStore((state) => state.endSigningOverlap);
  const rotation = partner.signingRotation;
  return (
    <ConfirmDialog
      title={`Stop the old signing secret of “${partner.name}” now?`}
      description={
        <p>
          Webhooks will carry only the new secret’s signature from now on
          {rotation ? (
            <>
              {' '}
              instead of from <StoreTimeText at={rotation.oldSecretStopsAt} kind="planned" />
            </>
          ) : null}
          . Do this once {partner.name} verifies with the new secret: anything still checking with the old one rejects
          what comes next.
        </p>
      }
      confirmLabel="End overlap now"
      danger
      onClose={onClose}
      onConfirm={async () => {
        const result = await end(partner.id);
        if (result.ok || result.error.code === 'not_found') onClose();
        return result.ok ? null : result.error.message;
      }}
    />
  );
}
