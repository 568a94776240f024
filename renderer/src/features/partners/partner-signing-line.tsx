import type { PartnerView } from '../../../../shared/domain/partners';
import { StoreTimeText } from '../../time/store-time-text';

interface PartnerSigningLineProps {
  partner: PartnerView;
  onEndOverlap: () => void;
}

/**
 * A rotation in its overlap, on the partner's row (#14): when the old secret
 * stops, in store time, and the way to stop it sooner. An old secret that
 * cannot be read holds the partner's webhooks, and says so.
 */
export function PartnerSigningLine({ partner, onEndOverlap }: PartnerSigningLineProps) {
  const rotation = partner.signingRotation;
  if (!rotation) return null;
  const stops = <StoreTimeText at={rotation.oldSecretStopsAt} kind="planned" />;
  const endNow = (
    <button type="button" className="button-link" onClick={onEndOverlap}>
      End overlap now<span className="visually-hidden"> for {partner.name}</span>
    </button>
  );
  if (rotation.oldSecret.unreadable) {
    return (
      <span className="partner-failing">
        Held: the old signing secret cannot be read on this computer, so webhooks wait until it stops at {stops}.{' '}
        {endNow}
      </span>
    );
  }
  return (
    <span className="partner-rotation">
      <span>
        Old secret {rotation.oldSecret.masked} stops at {stops}
      </span>
      {endNow}
    </span>
  );
}
