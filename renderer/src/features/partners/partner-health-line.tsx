import { useAppStore } from '../../store/store-context';
import { destinationFix } from '../failing/fix-paths';
import { windowLine } from '../health/health-words';

/**
 * How a partner has been doing: success rate and latency over 24 h and 7 days,
 * and — when it is failing — why, in plain words, with the fix that follows the reason.
 */
export function PartnerHealthLine({ id, name, onFix }: { id: string; name: string; onFix: () => void }) {
  const health = useAppStore((state) => state.partnerHealth[id]);
  if (!health) return null;
  const fix = destinationFix(`partner:${id}`, health.failing?.failure ?? null);
  return (
    <>
      <span className="partner-health">
        {windowLine('24 h', health.day)} · {windowLine('7 days', health.week)}
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
