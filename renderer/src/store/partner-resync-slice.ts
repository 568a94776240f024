import type { StateCreator } from 'zustand';
import type { HubApi, Result } from '../../../shared/contract';
import type { ResyncPlan, ResyncProgress } from '../../../shared/domain/partner-resync';
import type { AppState } from './app-state';

export interface PartnerResyncSlice {
  /** The latest report of each partner's "Send current state", keyed by partner id (#14). */
  resyncs: Record<string, ResyncProgress>;
  /** What a resync would send now, and the one running; a running one is remembered. */
  loadResyncPlan: (id: string) => Promise<Result<ResyncPlan>>;
  startResync: (id: string) => Promise<Result<ResyncProgress>>;
  cancelResync: (id: string) => Promise<Result<ResyncProgress>>;
  resyncProgressArrived: (progress: ResyncProgress) => void;
  /** Forgets an ended resync once its summary was read. */
  dismissResync: (id: string) => void;
}

export function createPartnerResyncSlice(api: HubApi): StateCreator<AppState, [], [], PartnerResyncSlice> {
  return (set, get) => {
    const remember = (progress: ResyncProgress): void => {
      const known = get().resyncs[progress.partnerId];
      // A late answer must not overwrite a newer report of the same job: its counts only grow, and it ends once.
      const older =
        known?.jobId === progress.jobId &&
        progress.state === 'running' &&
        (known.state !== 'running' || known.queued + known.delivered > progress.queued + progress.delivered);
      if (older) return;
      set((state) => ({ resyncs: { ...state.resyncs, [progress.partnerId]: progress } }));
    };
    return {
      resyncs: {},
      async loadResyncPlan(id) {
        const result = await api.call('partners.resyncPlan', { id });
        if (result.ok && result.value.running) remember(result.value.running);
        return result;
      },
      async startResync(id) {
        const result = await api.call('partners.resync', { id });
        if (result.ok) remember(result.value);
        return result;
      },
      async cancelResync(id) {
        return api.call('partners.cancelResync', { id });
      },
      resyncProgressArrived: remember,
      dismissResync(id) {
        set((state) => {
          const { [id]: _ended, ...rest } = state.resyncs;
          return { resyncs: rest };
        });
      },
    };
  };
}
