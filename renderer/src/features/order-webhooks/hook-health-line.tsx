import { Link } from 'react-router';
import type { OrderHookKind } from '../../../../shared/domain/order-hooks';
import { useAppStore } from '../../store/store-context';
import { failedDeliveriesTo } from '../dashboard/fix-links';
import { windowLine } from '../health/health-words';

/**
 * How one hook has been doing, under its URL: the same figures as a partner's
 * line on the Partners page, and — when failing — why, with its failed deliveries.
 */
export function HookHealthLine({ kind }: { kind: OrderHookKind }) {
  const health = useAppStore((state) => state.hookHealth.find((h) => h.id === `hook:${kind}`));
  if (!health) return null;
  return (
    <>
      <p className="settings-note">
        {windowLine('24 h', health.day)} · {windowLine('7 days', health.week)}
      </p>
      {health.failing || health.pausedReason ? (
        <p className="inline-message inline-message-error" role="status">
          {health.pausedReason ?? `Failing: ${health.failing?.reason ?? 'deliveries keep failing'}`}{' '}
          <Link to={failedDeliveriesTo(health.id)}>See failed deliveries</Link>
        </p>
      ) : null}
    </>
  );
}
