import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { undeliveredCount, type DeliveryFilter } from '../../../../shared/domain/deliveries';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { PageHeader } from '../../components/page-header';
import { useAppStore } from '../../store/store-context';
import { DeliveryDetail } from './delivery-detail';
import { DeliveryFilters } from './delivery-filters';
import { DeliveryTable, rowHeight } from './delivery-table';
import { ExportDialog } from './export/export-dialog';
import { filterFromParams, paramsFromFilter, selectedDeliveryParam, selectedFromParams } from './filter-params';
import { ResendProgressCard } from './resend-progress';
import { ResendSinceDialog } from './resend-since-dialog';
import { ShortcutsHelpDialog } from './shortcuts-help-dialog';
import { StateChips } from './state-chips';
import { useDeliveryShortcuts } from './use-delivery-shortcuts';
import '../../components/field.css';
import './deliveries-page.css';
import { LoadFailed } from '../../components/load-failed';

type Open = 'none' | 'resend-matching' | 'resend-since' | 'help' | 'export';

/** Deliveries: the log the operator opens when a partner says "we never got it" (brief §6). */
export function DeliveriesPage() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  // The open delivery is in the URL too, so a link (a test event's result) can open it.
  const selectedId = selectedFromParams(params);
  const filterKey = JSON.stringify(filter);
  const ids = useAppStore((state) => state.deliveries.ids);
  const newCount = useAppStore((state) => state.deliveries.newIds.length);
  const counts = useAppStore((state) => state.deliveries.counts);
  const destinations = useAppStore((state) => state.deliveries.destinations);
  const loadState = useAppStore((state) => state.deliveries.loadState);
  const loadError = useAppStore((state) => state.deliveries.error);
  const load = useAppStore((state) => state.loadDeliveries);
  const loadDestinations = useAppStore((state) => state.loadDestinations);
  const showNew = useAppStore((state) => state.showNewDeliveries);
  const resendDelivery = useAppStore((state) => state.resendDelivery);
  const resendUndelivered = useAppStore((state) => state.resendUndelivered);
  const [open, setOpen] = useState<Open>('none');
  const [resendError, setResendError] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void load(JSON.parse(filterKey) as DeliveryFilter);
  }, [filterKey, load]);
  useEffect(() => {
    void loadDestinations();
  }, [loadDestinations]);

  const setView = useCallback(
    (next: DeliveryFilter, selected: number | null) => {
      const nextParams = paramsFromFilter(next);
      if (selected !== null) nextParams.set(selectedDeliveryParam, String(selected));
      setParams(nextParams, { replace: true });
    },
    [setParams],
  );
  const setFilter = (next: DeliveryFilter): void => setView(next, selectedId);
  const setSelectedId = (id: number | null): void => setView(filter, id);
  // The button and the chips read the same counts: Failed + Retrying within the chosen states.
  const undelivered = counts ? undeliveredCount(counts, filter.states) : 0;
  const webhooks = (n: number): string => `${n.toLocaleString()} undelivered ${n === 1 ? 'webhook' : 'webhooks'}`;

  const resend = async (id: number): Promise<void> => {
    setResendError(null);
    const result = await resendDelivery(id);
    if (!result.ok) setResendError(result.error.message);
  };
  const move = (step: number): void => {
    if (ids.length === 0) return;
    const index = selectedId === null ? -1 : ids.indexOf(selectedId);
    const nextIndex = Math.min(ids.length - 1, Math.max(0, index + step));
    setSelectedId(ids[nextIndex] ?? null);
    // Keep the selection in view: the table only renders what is on screen.
    const scroller = scrollRef.current;
    if (scroller) {
      const top = nextIndex * rowHeight;
      const header = rowHeight;
      if (top < scroller.scrollTop) scroller.scrollTop = top;
      else if (top + rowHeight + header > scroller.scrollTop + scroller.clientHeight)
        scroller.scrollTop = top + rowHeight + header - scroller.clientHeight;
    }
  };
  useDeliveryShortcuts({
    next: () => move(1),
    previous: () => move(-1),
    resend: () => {
      if (selectedId !== null) void resend(selectedId);
    },
    search: () => searchRef.current?.focus(),
    help: () => setOpen('help'),
    escape: () => setSelectedId(null),
  });

  return (
    <>
      <PageHeader
        wide
        title="Deliveries"
        description="Every webhook sent to a partner or order hook: its state, each attempt, and what was sent. Resend one, or everything not delivered yet at once."
        actions={
          <>
            <button type="button" className="button" aria-keyshortcuts="?" onClick={() => setOpen('help')}>
              Shortcuts
            </button>
            <button type="button" className="button" onClick={() => setOpen('export')}>
              Export…
            </button>
            <button type="button" className="button" onClick={() => setOpen('resend-since')}>
              Send undelivered since…
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={undelivered === 0}
              onClick={() => setOpen('resend-matching')}
            >
              {`Send ${undelivered.toLocaleString()} undelivered now`}
            </button>
          </>
        }
      />
      <div className="page-body page-wide deliveries-body">
        <DeliveryFilters filter={filter} destinations={destinations} searchRef={searchRef} onChange={setFilter} />
        <StateChips
          counts={counts}
          selected={filter.states ?? []}
          onChange={(states) => setFilter({ ...filter, states: states.length ? states : undefined })}
        />
        <ResendProgressCard />
        {loadState === 'failed' ? (
          <LoadFailed what="the deliveries" error={loadError} onRetry={() => void load(filter)} />
        ) : (
          <div className={`deliveries-layout${selectedId !== null ? ' has-detail' : ''}`}>
            <div className="card deliveries-card">
              {newCount > 0 ? (
                <button
                  type="button"
                  className="button button-small new-rows"
                  onClick={() => {
                    showNew();
                    if (scrollRef.current) scrollRef.current.scrollTop = 0;
                  }}
                >
                  {`${newCount} new — show`}
                </button>
              ) : null}
              {loadState === 'ready' && ids.length === 0 ? (
                <p className="deliveries-empty">
                  {Object.keys(filter).length > 0
                    ? 'No deliveries match this filter.'
                    : 'No deliveries yet. They appear here as events are sent.'}
                </p>
              ) : null}
              <DeliveryTable selectedId={selectedId} onSelect={setSelectedId} scrollRef={scrollRef} />
              {loadState === 'loading' ? <p className="loading-text deliveries-loading">Loading…</p> : null}
            </div>
            {selectedId !== null ? (
              <DeliveryDetail
                id={selectedId}
                onResend={(id) => void resend(id)}
                resendError={resendError}
                onClose={() => setSelectedId(null)}
                fallbackFocus={() => scrollRef.current}
              />
            ) : null}
          </div>
        )}
      </div>
      {open === 'resend-matching' ? (
        <ConfirmDialog
          title={`Send ${webhooks(undelivered)} now?`}
          description={`The ${webhooks(undelivered)} matching this filter (failed, or waiting to retry) are sent again now, with each partner's current URL and key and the same event id. Any still waiting to retry that fail again keep retrying on their schedule.`}
          confirmLabel={`Send ${undelivered.toLocaleString()} now`}
          onClose={() => setOpen('none')}
          onConfirm={async () => {
            const result = await resendUndelivered(filter);
            if (!result.ok) return result.error.message;
            setOpen('none');
            return null;
          }}
        />
      ) : null}
      {open === 'resend-since' ? <ResendSinceDialog onClose={() => setOpen('none')} /> : null}
      {open === 'help' ? <ShortcutsHelpDialog onClose={() => setOpen('none')} /> : null}
      {open === 'export' ? <ExportDialog filter={filter} onClose={() => setOpen('none')} /> : null}
    </>
  );
}
