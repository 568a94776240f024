import { useId } from 'react';
import type { LateOrder } from '../../../../shared/domain/order-deadlines';
import { useStoreClock } from '../../time/use-store-clock';
import { LateOrderActions } from './late-order-actions';
import { lateOrderAdvice, lateOrderHeadline, lateOrderWaiting } from './late-order-words';
import { useHeldDestination } from './use-held-destination';

interface LateOrderAlertProps {
  order: LateOrder;
  now: number;
  online: boolean;
}

/**
 * One late order, at the top of every screen until someone retries it through or
 * handles it by phone. The words are announced once, when it appears (role=alert
 * on what does not change); the minutes beside them count up quietly.
 */
export function LateOrderAlert({ order, now, online }: LateOrderAlertProps) {
  const clock = useStoreClock();
  const titleId = useId();
  const held = useHeldDestination(order.destinationId);
  return (
    <div className="late-order" role="group" aria-labelledby={titleId}>
      <p className="late-order-title" id={titleId}>
        <span role="alert">{lateOrderHeadline(order, clock.planned(order.openedAt))}</span>
        {' — '}
        <span className="late-order-minutes">{lateOrderWaiting(order, now)}</span>
      </p>
      <p className="late-order-why">{lateOrderAdvice(order, online, held)}</p>
      <LateOrderActions order={order} />
    </div>
  );
}
