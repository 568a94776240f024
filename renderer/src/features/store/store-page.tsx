import { useEffect } from 'react';
import { PageHeader } from '../../components/page-header';
import { ResetSampleDataButton } from '../../components/reset-sample-data-button';
import { useAppStore } from '../../store/store-context';
import { StoreForm } from './store-form';

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
        actions={<ResetSampleDataButton />}
      />
      {view ? (
        <StoreForm view={view} />
      ) : (
        <div className="page-body">
          {loadState === 'failed' ? (
            <div className="card card-padded">
              <p className="inline-message inline-message-error" role="alert">
                Could not load the store: {error}
              </p>
              <button type="button" className="button retry-button" onClick={() => void load()}>
                Try again
              </button>
            </div>
          ) : (
            <p className="loading-text">Loading…</p>
          )}
        </div>
      )}
    </>
  );
}
