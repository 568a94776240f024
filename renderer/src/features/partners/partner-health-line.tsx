import { useAppStore } from '../../store/store-context';
import { destinationFix } from '../failing/fix-paths';
import { windowLine } from '../health/health-words';

interface PartnerHealthLineProps {
  id: string;
  name: string;
  /** Held (#14): what waits is counted as not delivered yet, which the line says, so 0% does not alarm. */
  held: boolean;
  onFix: () => void;
}

/**
 * How a partner has been doing: success rate and latency over 24 h and 7 days,
 * and — when it is failing — why, in plain words, with the fix that follows the reason.
 */
export function PartnerHealthLine({ id, name, held, onFix }: PartnerHealthLineProps) {
  const health = useAppStore((state) => state.partnerHealth[id]);
  if (!health) return null;
  const fix = destinationFix(`partner:${id}`, health.failing?.failure ?? null);
  const waitingCounted = held && health.week.deliveries > health.week.delivered;
  return (
    <>
      <span className="partner-health">
        {windowLine('24 h', health.day)} · {windowLine('7 days', health.week)}
        {waitingCounted ? ' · the webhooks held count as not delivered until you release them' : ''}
      </span>
      {health.failing || health.pausedReason ? (
        <span className="partner-failing" role="status">
          {health.pausedReason ?? `Failing: ${health.failing?.reason ?? 'deliveries keep failing'}`}{' '}
          {fix.label ? (
            <button type="button" className="button-link" aria-label={`${fix.label} for ${name}`} onClick={onFix}>
              {fix.label}
            </button>
          ) : (
            fix.note
          )}
        </span>
      ) : null}
    </>
  );
}
