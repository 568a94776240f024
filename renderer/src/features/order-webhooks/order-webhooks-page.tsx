import { useEffect } from 'react';
import { PageHeader } from '../../components/page-header';
import { useAppStore } from '../../store/store-context';
import { OrderHooksForm } from './order-hooks-form';
import { LoadFailed } from '../../components/load-failed';

/** Integration Hub → Order Webhooks: the seed's Order Webhook Settings page. */
export function OrderWebhooksPage() {
  const view = useAppStore((state) => state.orderHooks.view);
  const loadState = useAppStore((state) => state.orderHooks.loadState);
  const error = useAppStore((state) => state.orderHooks.error);
  const load = useAppStore((state) => state.loadOrderHooks);
  const loadHealth = useAppStore((state) => state.loadPartnerHealth);

  useEffect(() => {
    void load();
    // Each hook shows how it has been doing under its URL.
    void loadHealth();
  }, [load, loadHealth]);

  return (
    <>
      <PageHeader
        section="Integration Hub"
        title="Order Webhooks"
        description="Send check information to a partner the moment an order is opened, updated or closed."
      />
      {/* The form lays out its own body, so its save bar can dock across the whole width. */}
      {view ? (
        <OrderHooksForm view={view} />
      ) : (
        <div className="page-body">
          {loadState === 'failed' ? (
            <LoadFailed what="the Order Webhook settings" error={error} onRetry={() => void load()} />
          ) : (
            <p className="loading-text">Loading…</p>
          )}
        </div>
      )}
    </>
  );
}
