import { useState } from 'react';
import type { Result } from '../../../../shared/contract';
import type { TestSent } from '../../../../shared/domain/deliveries';

/**
 * "Send test event" for one destination: sends, and keeps which delivery to show
 * (`TestEventResult`) or why it could not be sent. Each click follows the new test.
 */
export interface TestEvent {
  /** The latest test's delivery, once the core has queued it. */
  deliveryId: number | null;
  error: string | null;
  sending: boolean;
  send: () => Promise<void>;
}

export function useTestEvent(send: () => Promise<Result<TestSent>>): TestEvent {
  const [deliveryId, setDeliveryId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const run = async (): Promise<void> => {
    setSending(true);
    setError(null);
    const result = await send();
    setSending(false);
    setDeliveryId(result.ok ? result.value.deliveryId : null);
    if (!result.ok) setError(`Could not send a test event: ${result.error.message}`);
  };
  return { deliveryId, error, sending, send: run };
}
