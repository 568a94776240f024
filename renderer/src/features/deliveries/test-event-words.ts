import type { DeliveryRow } from '../../../../shared/domain/deliveries';
import type { StoreClock } from '../../time/store-clock';
import { formatLatency, stateLabels, stateText } from './delivery-words';

export type TestEventTone = 'waiting' | 'delivered' | 'failed';

/**
 * How a send by hand went, in one line a manager reads at a glance: delivered
 * with the partner's status and how long it took, or why not in plain words. A
 * retry's time is the store's, like every time on the screens. `noun` names what
 * was sent: "Test event", or "Example" on the Event Catalog.
 */
export function testEventWords(
  row: DeliveryRow | undefined,
  clock: StoreClock,
  noun = 'Test event',
): { tone: TestEventTone; text: string } {
  if (!row || row.state === 'pending' || row.state === 'sending')
    return { tone: 'waiting', text: `Sending ${noun.toLowerCase()}…` };
  switch (row.state) {
    case 'delivered':
      return {
        tone: 'delivered',
        text: [`${noun} delivered`, row.lastStatus, formatLatency(row.lastLatencyMs)]
          .filter((part) => part !== null)
          .join(' · '),
      };
    case 'retrying':
    case 'failed': {
      const reason = `${noun} not delivered: ${row.lastReason ?? 'the partner did not accept it'}`;
      return { tone: 'failed', text: row.state === 'retrying' ? `${reason}. ${stateText(row, clock)}.` : reason };
    }
    case 'paused':
      return { tone: 'waiting', text: `${noun} waiting: ${row.lastReason ?? 'this destination is paused'}` };
    default:
      return { tone: 'waiting', text: `${noun} ${stateLabels[row.state].toLowerCase()}` };
  }
}
