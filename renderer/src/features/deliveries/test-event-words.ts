import type { DeliveryRow } from '../../../../shared/domain/deliveries';
import type { StoreClock } from '../../time/store-clock';
import { formatLatency, stateLabels, stateText } from './delivery-words';

export type TestEventTone = 'waiting' | 'delivered' | 'failed';

/**
 * How a test event went, in one line a manager reads at a glance: delivered with
 * the partner's status and how long it took, or why not in plain words. A retry's
 * time is the store's, like every time on the screens.
 */
export function testEventWords(row: DeliveryRow | undefined, clock: StoreClock): { tone: TestEventTone; text: string } {
  if (!row || row.state === 'pending' || row.state === 'sending')
    return { tone: 'waiting', text: 'Sending test event…' };
  switch (row.state) {
    case 'delivered':
      return {
        tone: 'delivered',
        text: ['Test event delivered', row.lastStatus, formatLatency(row.lastLatencyMs)]
          .filter((part) => part !== null)
          .join(' · '),
      };
    case 'retrying':
    case 'failed': {
      const reason = `Test event not delivered: ${row.lastReason ?? 'the partner did not accept it'}`;
      return { tone: 'failed', text: row.state === 'retrying' ? `${reason}. ${stateText(row, clock)}.` : reason };
    }
    case 'paused':
      return { tone: 'waiting', text: `Test event waiting: ${row.lastReason ?? 'this destination is paused'}` };
    default:
      return { tone: 'waiting', text: `Test event ${stateLabels[row.state].toLowerCase()}` };
  }
}
