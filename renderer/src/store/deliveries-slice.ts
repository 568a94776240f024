import type { StateCreator } from 'zustand';
import type { HubApi, Result } from '../../../shared/contract';
import type {
  DeliveriesChanged,
  DeliveryCounts,
  DeliveryDetail,
  DeliveryFilter,
  DeliveryPage,
  DeliveryRow,
  DestinationOption,
  ResendProgress,
} from '../../../shared/domain/deliveries';
import type { AppState, LoadState } from './app-state';
import { chunksOf, rowIn, withRows, type RowChunks } from './row-chunks';

/** One page from the core; the log never holds more than the operator scrolled through. */
export const deliveryPageSize = 100;

export interface DeliveriesSlice {
  deliveries: {
    /** Loaded rows by id, in chunks (look one up with `rowIn`). */
    rows: RowChunks<DeliveryRow>;
    /** Loaded rows, newest first (the core's order). */
    ids: number[];
    /** Rows that arrived while the operator was scrolled down: shown on request, so nothing jumps. */
    newIds: number[];
    nextCursor: string | null;
    /** The filter the loaded rows match; a different filter starts over. */
    filter: DeliveryFilter;
    loadState: LoadState;
    loadingMore: boolean;
    error: string | null;
    /** Counts by state for the filter without its states, so every chip shows its number. */
    counts: DeliveryCounts | null;
    destinations: DestinationOption[];
    /** The latest bulk resend (started here or in another window), until dismissed. */
    resendJob: ResendProgress | null;
    /** Whether the log is scrolled to its top, where new rows may appear without moving anything. */
    atTop: boolean;
  };
  loadDeliveries: (filter: DeliveryFilter) => Promise<void>;
  loadMoreDeliveries: () => Promise<void>;
  loadDeliveryCounts: () => Promise<void>;
  loadDestinations: () => Promise<void>;
  /** Patches changed rows in place and finds new ones (shown at once only when scrolled to the top). */
  deliveriesChanged: (change: DeliveriesChanged) => Promise<void>;
  setDeliveriesAtTop: (atTop: boolean) => void;
  showNewDeliveries: () => void;
  /** One delivery's payload and attempts; the detail panel keeps it, the store does not. */
  getDeliveryDetail: (id: number) => Promise<Result<DeliveryDetail>>;
  /** One page for a filter, apart from the loaded list: the export pages through the whole log with it. */
  fetchDeliveryPage: (filter: DeliveryFilter, cursor: string | null, limit: number) => Promise<Result<DeliveryPage>>;
  /** How many deliveries match a filter (states included), apart from the chips' counts. */
  countDeliveries: (filter: DeliveryFilter) => Promise<Result<DeliveryCounts>>;
  resendDelivery: (id: number) => Promise<Result<{ queued: number }>>;
  /** Sends now every undelivered (failed or retrying) delivery matching the filter; progress in `resendJob`. */
  resendUndelivered: (filter: DeliveryFilter) => Promise<Result<ResendProgress>>;
  /** The same for everything undelivered created since a time. */
  resendUndeliveredSince: (since: string) => Promise<Result<ResendProgress>>;
  cancelResend: () => Promise<void>;
  resendProgressArrived: (progress: ResendProgress) => void;
  dismissResendJob: () => void;
}

const withoutStates = ({ states: _states, ...rest }: DeliveryFilter): DeliveryFilter => rest;
const sameFilter = (a: DeliveryFilter, b: DeliveryFilter): boolean => JSON.stringify(a) === JSON.stringify(b);

export function createDeliveriesSlice(api: HubApi): StateCreator<AppState, [], [], DeliveriesSlice> {
  return (set, get) => {
    const slice = (): DeliveriesSlice['deliveries'] => get().deliveries;
    const patch = (changes: Partial<DeliveriesSlice['deliveries']>): void =>
      set((state) => ({ deliveries: { ...state.deliveries, ...changes } }));

    return {
      deliveries: {
        rows: [],
        ids: [],
        newIds: [],
        nextCursor: null,
        filter: {},
        loadState: 'idle',
        loadingMore: false,
        error: null,
        counts: null,
        destinations: [],
        resendJob: null,
        atTop: true,
      },

      async loadDeliveries(filter) {
        patch({ filter, loadState: 'loading', error: null, newIds: [] });
        void get().loadDeliveryCounts();
        const result = await api.call('deliveries.list', { filter, limit: deliveryPageSize });
        // A newer filter may have been chosen while this page was on its way.
        if (!sameFilter(slice().filter, filter)) return;
        if (!result.ok) {
          patch({ loadState: 'failed', error: result.error.message });
          return;
        }
        patch({
          rows: chunksOf(result.value.items),
          ids: result.value.items.map((row) => row.id),
          nextCursor: result.value.nextCursor,
          loadState: 'ready',
        });
      },

      async loadMoreDeliveries() {
        const { nextCursor, loadingMore, filter, loadState } = slice();
        if (!nextCursor || loadingMore || loadState !== 'ready') return;
        patch({ loadingMore: true });
        const result = await api.call('deliveries.list', { filter, cursor: nextCursor, limit: deliveryPageSize });
        if (!sameFilter(slice().filter, filter)) return;
        if (!result.ok) {
          patch({ loadingMore: false, error: result.error.message });
          return;
        }
        const rows = slice().rows;
        const added = result.value.items.filter((row) => rowIn(rows, row.id) === undefined).map((row) => row.id);
        patch({
          rows: withRows(rows, result.value.items),
          ids: [...slice().ids, ...added],
          nextCursor: result.value.nextCursor,
          loadingMore: false,
        });
      },

      async loadDeliveryCounts() {
        const filter = slice().filter;
        const result = await api.call('deliveries.count', { filter: withoutStates(filter) });
        if (result.ok && sameFilter(slice().filter, filter)) patch({ counts: result.value });
      },

      async loadDestinations() {
        const result = await api.call('deliveries.destinations', {});
        if (result.ok) patch({ destinations: result.value });
      },

      async deliveriesChanged(change) {
        const { filter, loadState } = slice();
        // Nothing to keep fresh until the Deliveries screen has loaded once.
        if (loadState !== 'ready') return;
        void get().loadDeliveryCounts();
        const loaded = { has: (id: number): boolean => rowIn(slice().rows, id) !== undefined };
        const changedIds = change.deliveries.map((entry) => entry.id);
        const top = slice().newIds[0] ?? slice().ids[0] ?? 0;
        // Patch the state at once so the badge moves without waiting for the refetch.
        set((state) => {
          const rows = state.deliveries.rows;
          const moved = change.deliveries.flatMap(({ id, state: next }) => {
            const row = rowIn(rows, id);
            return row ? [{ ...row, state: next }] : [];
          });
          return { deliveries: { ...state.deliveries, rows: withRows(rows, moved) } };
        });
        // Then refetch the page that holds the changed rows (keyset: ids below the cursor),
        // which also brings attempts, status, reason and any newer rows.
        const known = changedIds.filter((id) => loaded.has(id));
        const hasNew = changedIds.some((id) => id > top);
        if (known.length === 0 && !hasNew) return;
        const highest = hasNew ? undefined : String(Math.max(...known) + 1);
        const lowest = known.length > 0 ? Math.min(...known) : top + 1;
        const span = (highest ? Number(highest) : Number.MAX_SAFE_INTEGER) - lowest;
        const limit = Math.min(500, Math.max(deliveryPageSize, hasNew ? 500 : span + 1));
        const result = await api.call('deliveries.list', { filter, cursor: highest, limit });
        if (!result.ok || !sameFilter(slice().filter, filter)) return;
        const fresh = result.value.items.filter((row) => row.id > top && !loaded.has(row.id)).map((row) => row.id);
        const refreshed = result.value.items.filter((row) => loaded.has(row.id) || fresh.includes(row.id));
        set((state) => {
          const rows = withRows(state.deliveries.rows, refreshed);
          const newIds = [...fresh, ...state.deliveries.newIds.filter((id) => !fresh.includes(id))];
          return {
            deliveries: state.deliveries.atTop
              ? { ...state.deliveries, rows, ids: [...newIds, ...state.deliveries.ids], newIds: [] }
              : { ...state.deliveries, rows, newIds },
          };
        });
      },

      setDeliveriesAtTop(atTop) {
        if (slice().atTop !== atTop) patch({ atTop });
        if (atTop && slice().newIds.length > 0) get().showNewDeliveries();
      },

      showNewDeliveries() {
        set((state) => ({
          deliveries: { ...state.deliveries, ids: [...state.deliveries.newIds, ...state.deliveries.ids], newIds: [] },
        }));
      },

      async getDeliveryDetail(id) {
        return api.call('deliveries.get', { id });
      },

      async fetchDeliveryPage(filter, cursor, limit) {
        return api.call('deliveries.list', { filter, limit, ...(cursor === null ? {} : { cursor }) });
      },

      async countDeliveries(filter) {
        return api.call('deliveries.count', { filter });
      },

      async resendDelivery(id) {
        return api.call('deliveries.resend', { id });
      },

      async resendUndelivered(filter) {
        const result = await api.call('deliveries.resendUndelivered', { filter });
        if (result.ok) get().resendProgressArrived(result.value);
        return result;
      },

      async resendUndeliveredSince(since) {
        const result = await api.call('deliveries.resendUndeliveredSince', { since });
        if (result.ok) get().resendProgressArrived(result.value);
        return result;
      },

      async cancelResend() {
        const job = slice().resendJob;
        if (job?.state === 'running') await api.call('deliveries.cancelResend', { jobId: job.jobId });
      },

      resendProgressArrived(progress) {
        const job = slice().resendJob;
        // Only the job this window started; events for another window's job arrive too.
        if (job && job.jobId !== progress.jobId && job.state === 'running') return;
        // A late "running" event must not undo "finished".
        if (job?.jobId === progress.jobId && job.state !== 'running') return;
        patch({ resendJob: progress });
      },

      dismissResendJob() {
        patch({ resendJob: null });
      },
    };
  };
}
