import type { HealthWindow } from '../../../../shared/domain/deliveries';
import { useAppStore } from '../../store/store-context';
import { percent } from '../health/health-words';

function summary(label: string, window: HealthWindow): string {
  if (window.attempts === 0 || window.successRate === null) return `${label}: no deliveries`;
  const rate = `${percent(window.successRate)} delivered`;
  const latency = window.p50Ms === null ? '' : ` · p50 ${window.p50Ms} ms · p95 ${window.p95Ms ?? window.p50Ms} ms`;
  return `${label}: ${rate} of ${window.attempts}${latency}`;
}

/**
 * How a partner has been doing: success rate and latency over 24 h and 7 days,
 * and — when it is failing — why, in plain words, with the way to fix it.
 */
export function PartnerHealthLine({ id, name, onFix }: { id: string; name: string; onFix: () => void }) {
  const health = useAppStore((state) => state.partnerHealth[id]);
  if (!health) return null;
  return (
    <>
      <span className="partner-health">
        {summary('24 h', health.day)} · {summary('7 days', health.week)}
      </span>
      {health.failing || health.pausedReason ? (
        <span className="partner-failing" role="status">
          {health.pausedReason ?? `Failing: ${health.failing?.reason ?? 'deliveries keep failing'}`}{' '}
          <button type="button" className="button-link" aria-label={`Fix ${name}`} onClick={onFix}>
            Fix URL or key
          </button>
        </span>
      ) : null}
    </>
  );
}
