import { useEffect, useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { useAppStore } from '../../store/store-context';
import { CheckDetail } from './check-detail';
import { ChecksList } from './checks-list';
import { OpenCheckDialog } from './open-check-dialog';
import './orders-page.css';
import { LoadFailed } from '../../components/load-failed';

/** Back Office → Orders: open checks and closed ones, one check in detail. */
export function OrdersPage() {
  const openIds = useAppStore((state) => state.checks.openIds);
  const doneIds = useAppStore((state) => state.checks.doneIds);
  const loadState = useAppStore((state) => state.checks.loadState);
  const error = useAppStore((state) => state.checks.error);
  const load = useAppStore((state) => state.loadChecks);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const selected = useAppStore((state) => (selectedId ? state.checks.byId[selectedId] : undefined));

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeader
        section="Back Office"
        title="Orders"
        description="Checks from online ordering, the POS and third-party channels. Every change is sent to the order webhooks."
        wide
        actions={
          <button type="button" className="button button-primary" onClick={() => setOpening(true)}>
            Open check
          </button>
        }
      />
      <div className="page-body page-wide">
        {loadState === 'failed' ? (
          <LoadFailed what="the checks" error={error} onRetry={() => void load()} />
        ) : loadState !== 'ready' ? (
          <p className="loading-text">Loading…</p>
        ) : (
          <div className="orders-layout">
            <div className="orders-lists">
              <ChecksList
                title="Open checks"
                ids={openIds}
                selectedId={selectedId}
                onSelect={setSelectedId}
                emptyText="No open checks."
              />
              <ChecksList
                title="Closed and cancelled"
                ids={doneIds}
                selectedId={selectedId}
                onSelect={setSelectedId}
                emptyText="No closed or cancelled checks yet."
              />
            </div>
            <div className="orders-side">
              {selected ? (
                <CheckDetail check={selected} />
              ) : (
                <div className="card card-padded empty-state">
                  <p>Choose a check to see its items and totals, or open a new one.</p>
                </div>
              )}
            </div>
          </div>
        )}
      </div>
      {opening ? (
        <OpenCheckDialog
          onClose={() => setOpening(false)}
          onOpened={(check) => {
            setOpening(false);
            setSelectedId(check.id);
          }}
        />
      ) : null}
    </>
  );
}
