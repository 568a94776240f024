import { Link } from 'react-router';
import type { OrderHookKind } from '../../../../shared/domain/order-hooks';
import { useAppStore } from '../../store/store-context';
import { destinationFix, undeliveredTo } from '../failing/fix-paths';
import { windowLine } from '../health/health-words';

/**
 * How one hook has been doing, under its URL: the same figures as a partner's
 * line on the Partners page, and — when failing — why, what to check, and its undelivered webhooks.
 */
export function HookHealthLine({ kind }: { kind: OrderHookKind }) {
  const health = useAppStore((state) => state.hookHealth.find((h) => h.id === `hook:${kind}`));
  if (!health) return null;
  // This page is where the URL and the Request Header are fixed: only the words are needed.
  const fix = destinationFix(health.id, health.failing?.failure ?? null);
  return (
    <>
      <p className="settings-note">
        {windowLine('24 h', health.day)} · {windowLine('7 days', health.week)}
      </p>
      {health.failing || health.pausedReason ? (
        <p className="inline-message inline-message-error" role="status">
          {health.pausedReason ?? `Failing: ${health.failing?.reason ?? 'deliveries keep failing'}`} {fix.note}{' '}
          <Link to={undeliveredTo(health.id)}>See failed deliveries</Link>
        </p>
      ) : null}
    </>
  );
}
