import { useEffect } from 'react';
import { Link } from 'react-router';
import { useAppStore } from '../../store/store-context';
import { useStoreClock } from '../../time/use-store-clock';
import { deliveryLogPath } from './filter-params';
import { testEventWords } from './test-event-words';
import type { TestEvent } from './use-test-event';
import './test-event-result.css';

/**
 * Where "Send test event" (or "Send this example to…") was clicked: how that
 * send's delivery went, live as its attempt completes, with the way to its full
 * story in the Deliveries log — or why nothing could be sent.
 */
export function TestEventResult({ test, destinationName }: { test: TestEvent; destinationName: string }) {
  if (test.error) {
    return (
      <span className="test-event-result test-event-failed" role="alert">
        {test.error}
      </span>
    );
  }
  if (test.deliveryId === null) return null;
  return <TestDeliveryLine deliveryId={test.deliveryId} destinationName={destinationName} noun={test.noun} />;
}

interface TestDeliveryLineProps {
  deliveryId: number;
  destinationName: string;
  noun: string;
}

function TestDeliveryLine({ deliveryId, destinationName, noun }: TestDeliveryLineProps) {
  const watch = useAppStore((state) => state.watchDelivery);
  const row = useAppStore((state) => state.watchedDeliveries[deliveryId]);
  const clock = useStoreClock();
  useEffect(() => watch(deliveryId), [watch, deliveryId]);
  const { tone, text } = testEventWords(row, clock, noun);
  return (
    <span className={`test-event-result test-event-${tone}`} role="status" aria-label={`${noun} to ${destinationName}`}>
      {text}{' '}
      <Link to={deliveryLogPath(deliveryId)} className="test-event-link">
        Open in Deliveries
      </Link>
    </span>
  );
}
