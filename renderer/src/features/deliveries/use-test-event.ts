import { useState } from 'react';
import type { Result } from '../../../../shared/contract';
import type { TestSent } from '../../../../shared/domain/deliveries';

/**
 * A send by hand to one destination ("Send test event", "Send this example
 * to…"): sends, and keeps which delivery to show (`TestEventResult`) or why it
 * could not be sent. Each click follows the new send.
 */
export interface TestEvent {
  /** What is sent, as the result line names it: "Test event" or "Example". */
  noun: string;
  /** The latest send's delivery, once the core has queued it. */
  deliveryId: number | null;
  error: string | null;
  sending: boolean;
  send: () => Promise<void>;
}

export function useTestEvent(send: () => Promise<Result<TestSent>>, noun = 'Test event'): TestEvent {
  const [deliveryId, setDeliveryId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const run = async (): Promise<void> => {
    setSending(true);
    setError(null);
    const result = await send();
    setSending(false);
    setDeliveryId(result.ok ? result.value.deliveryId : null);
    if (!result.ok) setError(`Could not send the ${noun.toLowerCase()}: ${result.error.message}`);
  };
  return { noun, deliveryId, error, sending, send: run };
}
