import { useState } from 'react';
import { useAppStore } from '../../store/store-context';

/**
 * "Retry now" for one late order: sends it at once instead of waiting for its next
 * try. The alert itself goes only once the partner has it; until then this says
 * what happened to the try.
 */
export function useRetryLateOrder(deliveryId: number) {
  const retryLateOrder = useAppStore((state) => state.retryLateOrder);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const retry = async (): Promise<void> => {
    setBusy(true);
    setMessage(null);
    const result = await retryLateOrder(deliveryId);
    setBusy(false);
    setMessage(result.ok ? 'Sending now…' : `Not sent: ${result.error.message}`);
  };
  return { retry, busy, message };
}
