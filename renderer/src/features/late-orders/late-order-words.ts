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

/**
 * What to do now. Offline, a retry cannot reach anyone: the phone is the one way the
 * order still reaches the partner, so that is all it says. A partner someone is
 * holding gets nothing until it is released (#14): a retry would wait too.
 */
export function lateOrderAdvice(order: LateOrder, online: boolean, held = false): string {
  const phone = `phone ${order.destinationName} and read them the order.`;
  if (held && !online) return `${order.destinationName} is held and this PC is offline: ${phone}`;
  if (held)
    return `${order.destinationName} is held, so nothing is sent to them: release it to send this order, or ${phone}`;
  if (!online) return `This PC is offline, so it cannot be sent now: ${phone}`;
  const lastTry = order.lastReason ? `Last try: ${order.lastReason.replace(/\.$/, '')}. ` : '';
  return `${lastTry}Retry now, or ${phone}`;
}

/** The order as a control names it: "order #1004 to Deliveroo". */
export function lateOrderName(order: LateOrder): string {
  const number = order.checkNumber === null ? 'the order' : `order #${order.checkNumber}`;
  return `${number} to ${order.destinationName}`;
}
