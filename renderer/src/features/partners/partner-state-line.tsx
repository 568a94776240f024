import type { PartnerView } from '../../../../shared/domain/partners';
import { useAppStore } from '../../store/store-context';
import { waitingMeanings } from '../deliveries/delivery-words';

interface PartnerStateLineProps {
  partner: PartnerView;
  onRelease: () => void;
}

const webhooks = (n: number): string => (n === 1 ? '1 webhook' : `${n.toLocaleString()} webhooks`);

/**
 * Disabled or Held, in words on the partner's row (#14) — the two are easy to
 * confuse, and only one of them keeps what happens meanwhile. A held partner's
 * line says how many webhooks wait and releases them; Paused (after failing) is
 * the health line's to say.
 */
export function PartnerStateLine({ partner, onRelease }: PartnerStateLineProps) {
  const destinationId = `partner:${partner.id}`;
  const waiting = useAppStore(
    (state) => state.app.status?.heldPartners.find((held) => held.id === destinationId)?.waiting ?? null,
  );
  if (!partner.enabled) return <span className="partner-state">{waitingMeanings.disabled}</span>;
  if (!partner.held) return null;
  return (
    <span className="partner-state partner-held">
      <span>
        <strong>Held</strong>
        {waiting === null ? '' : ` — ${webhooks(waiting)} waiting`}. Changes are kept and sent, in order, when you
        release it.
      </span>
      <button type="button" className="button-link" onClick={onRelease}>
        Release
        {waiting === null ? '' : ` ${webhooks(waiting)}`}
        <span className="visually-hidden"> to {partner.name}</span>
      </button>
    </span>
  );
}
