import { lateOrderWhat, minutesWaiting, type LateOrder } from '../../../../shared/domain/order-deadlines';

/** "6 minutes", "1 hour 5 minutes": how long the partner has been waiting, counting up. */
export function waitingWords(minutes: number): string {
  const unit = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(rest, 'minute')}`;
}

/** "Deliveroo has not received order #1004 (opened 12:04 PM)": the alert's words before the minutes. */
export function lateOrderHeadline(order: LateOrder, opened: string): string {
  return `${order.destinationName} ${lateOrderWhat(order)} (opened ${opened})`;
}

/** "— 6 minutes", as of `now`. */
export function lateOrderWaiting(order: LateOrder, now: number): string {
  return waitingWords(minutesWaiting(order, now));
}

/** The order as a control names it: "order #1004 to Deliveroo". */
export function lateOrderName(order: LateOrder): string {
  const number = order.checkNumber === null ? 'the order' : `order #${order.checkNumber}`;
  return `${number} to ${order.destinationName}`;
}
