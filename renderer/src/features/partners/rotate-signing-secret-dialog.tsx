import { useId, useState } from 'react';
import type { PartnerSaved, PartnerView } from '../../../../shared/domain/partners';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useAppStore } from '../../store/store-context';
import { StoreTimeText } from '../../time/store-time-text';
import { useNow } from '../../time/use-now';
import { defaultOverlapHours, overlapChoices } from './overlap-choices';

interface RotateSigningSecretDialogProps {
  partner: PartnerView;
  onClose: () => void;
  /** The answer carries the new secret, to be shown once. */
  onRotated: (saved: PartnerSaved) => void;
}

const hourMs = 3_600_000;

/**
 * "Rotate secret" (#14): a new signing secret now, the current one signing
 * beside it for the chosen overlap, so the partner can switch without
 * rejecting a single webhook. Says when the old one stops, in store time, and
 * what happens to the old secret of a rotation still in its overlap.
 */
export function RotateSigningSecretDialog({ partner, onClose, onRotated }: RotateSigningSecretDialogProps) {
  const rotate = useAppStore((state) => state.rotateSigningSecret);
  const [hours, setHours] = useState<number>(defaultOverlapHours);
  const now = useNow();
  const id = useId();
  const earlier = partner.signingRotation;
  const earlierSigns = earlier !== null && Date.parse(earlier.oldSecretStopsAt) > now;
  const stopsAt = new Date(now + hours * hourMs).toISOString();

  return (
    <ConfirmDialog
      title={`Rotate the signing secret of “${partner.name}”?`}
      description={
        <p>
          A new signing secret is made now and shown to you once. While {partner.name} switches to it, every webhook
          carries two signatures — one with the current secret, one with the new — so nothing is rejected.
        </p>
      }
      confirmLabel="Rotate secret"
      onClose={onClose}
      onConfirm={async () => {
        const result = await rotate({ id: partner.id, overlapHours: hours, replaceOldSecret: earlierSigns });
        if (!result.ok) return result.error.message;
        onRotated(result.value);
        return null;
      }}
    >
      <div className="field">
        <label className="field-label" htmlFor={`${id}-overlap`}>
          Keep the current secret signing for
        </label>
        <select
          id={`${id}-overlap`}
          className="input"
          value={hours}
          aria-describedby={`${id}-stops`}
          onChange={(event) => setHours(Number(event.target.value))}
        >
          {overlapChoices.map((choice) => (
            <option key={choice.hours} value={choice.hours}>
              {choice.label}
            </option>
          ))}
        </select>
        <p id={`${id}-stops`} className="field-hint">
          The current secret stops at <StoreTimeText at={stopsAt} kind="planned" />; from then on only the new one
          signs.
        </p>
      </div>
      {earlierSigns ? (
        <p className="inline-message inline-message-warning">
          The old secret of the last rotation ({earlier.oldSecret.masked ?? 'unreadable'}) still signs until{' '}
          <StoreTimeText at={earlier.oldSecretStopsAt} kind="planned" />. Rotating again stops it now.
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
