import { useState } from 'react';
import type { StoreStatus } from '../../../../shared/domain/store';
import { useAppStore } from '../../store/store-context';

/**
 * One status change (`store.setStatus`) with its in-flight and failure state,
 * for the quick actions, the custom status form and the banner alike.
 */
export function useSetStoreStatus() {
  const setStoreStatus = useAppStore((state) => state.setStoreStatus);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = async (status: StoreStatus): Promise<boolean> => {
    setPending(true);
    setError(null);
    const result = await setStoreStatus(status);
    setPending(false);
    if (!result.ok) setError(`Status not changed: ${result.error.issues?.[0]?.message ?? result.error.message}`);
    return result.ok;
  };
  return { set, pending, error, setError };
}
