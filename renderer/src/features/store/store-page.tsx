import { useEffect } from 'react';
import { PageHeader } from '../../components/page-header';
import { useAppStore } from '../../store/store-context';
import { StoreForm } from './store-form';
import { LoadFailed } from '../../components/load-failed';

/** Back Office → Store: status, weekly hours, special dates and the store's details. */
export function StorePage() {
  const view = useAppStore((state) => state.restaurant.view);
  const loadState = useAppStore((state) => state.restaurant.loadState);
  const error = useAppStore((state) => state.restaurant.error);
  const load = useAppStore((state) => state.loadRestaurant);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeader
        section="Back Office"
        title="Store"
        description="Whether the store takes orders right now, and when it is open. Partners are told about every change."
      />
      {view ? (
        <StoreForm view={view} />
      ) : (
        <div className="page-body">
          {loadState === 'failed' ? (
            <LoadFailed what="the store" error={error} onRetry={() => void load()} />
          ) : (
            <p className="loading-text">Loading…</p>
          )}
        </div>
      )}
    </>
  );
}
