import type { StateCreator } from 'zustand';
import type { HubApi } from '../../../shared/contract';
import type { AppInfo, Notice, SystemStatus } from '../../../shared/domain/app-info';
import type { LinkState } from '../transport/link-state';
import type { AppState, LoadState } from './app-state';

export interface AppSlice {
  app: {
    info: AppInfo | null;
    infoState: LoadState;
    infoError: string | null;
    status: SystemStatus | null;
    link: LinkState;
  };
  loadAppInfo: () => Promise<void>;
  loadStatus: () => Promise<void>;
  dismissNotice: (id: string) => Promise<void>;
  /** A notice pushed by the core while the window is open. */
  noticeArrived: (notice: Notice) => void;
  statusArrived: (status: SystemStatus) => void;
  linkChanged: (link: LinkState) => void;
}

export function createAppSlice(api: HubApi): StateCreator<AppState, [], [], AppSlice> {
  return (set, get) => {
    const patch = (next: Partial<AppSlice['app']>): void => set((state) => ({ app: { ...state.app, ...next } }));
    return {
      app: { info: null, infoState: 'idle', infoError: null, status: null, link: 'connecting' },

      async loadAppInfo() {
        if (get().app.infoState === 'idle') patch({ infoState: 'loading' });
        const result = await api.call('app.info', {});
        if (result.ok) patch({ info: result.value, infoState: 'ready', infoError: null });
        else patch({ infoState: get().app.info ? 'ready' : 'failed', infoError: result.error.message });
      },

      async loadStatus() {
        const result = await api.call('system.status', {});
        // On failure keep the last known status; the link state says the hub is unreachable.
        if (result.ok) get().statusArrived(result.value);
      },

      async dismissNotice(id) {
        const result = await api.call('app.dismissNotice', { id });
        if (result.ok) {
          patch({ info: result.value });
        } else if (result.error.code === 'not_found') {
          // Already dismissed (in another window): it goes here too.
          const info = get().app.info;
          if (info) patch({ info: { ...info, notices: info.notices.filter((notice) => notice.id !== id) } });
        }
      },

      noticeArrived(notice) {
        const info = get().app.info;
        if (!info || info.notices.some((known) => known.id === notice.id)) return;
        patch({ info: { ...info, notices: [...info.notices, notice] } });
      },

      statusArrived(status) {
        patch({ status });
        get().toastsFollowStatus(status);
      },

      linkChanged(link) {
        patch({ link });
      },
    };
  };
}
