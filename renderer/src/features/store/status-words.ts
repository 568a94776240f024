import type { StoreStatus } from '../../../../shared/domain/store';
import type { StoreClock } from '../../time/store-clock';

/** The store's status in one sentence, as the Store page and the banner on every screen say it. */
export function statusSentence(status: StoreStatus, clock: StoreClock, now?: number): string {
  switch (status.state) {
    case 'open':
      return 'Open: taking orders as usual.';
    case 'busy':
      return `Busy: +${status.delayMinutes} min prep time on every order.`;
    case 'paused':
      return `Online ordering is paused until ${clock.planned(status.until, { now })}.`;
    case 'closed':
      return 'Closed: the store is not taking orders.';
  }
}

/** What the button that goes back to open says, from each status. */
export function resumeLabel(status: StoreStatus): string {
  if (status.state === 'busy') return 'Resume normal';
  if (status.state === 'closed') return 'Open the store';
  return 'Resume';
}
