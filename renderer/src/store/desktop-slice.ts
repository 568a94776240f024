import type { StateCreator } from 'zustand';
import type { HubApi } from '../../../shared/contract';
import type { DesktopSettings } from '../../../shared/domain/desktop';
import type { AppState, LoadState } from './app-state';

export interface DesktopSlice {
  desktop: {
    settings: DesktopSettings | null;
    loadState: LoadState;
    error: string | null;
    /** A change being saved (the switch waits for the core's answer). */
    saving: boolean;
    saveError: string | null;
  };
  loadDesktop: () => Promise<void>;
  /** Saves at once, as a system setting does; the desktop app applies it to the OS. */
  setStartAtLogin: (startAtLogin: boolean) => Promise<void>;
}

/** The desktop app's own settings (start at login). */
export function createDesktopSlice(api: HubApi): StateCreator<AppState, [], [], DesktopSlice> {
  return (set, get) => ({
    desktop: { settings: null, loadState: 'idle', error: null, saving: false, saveError: null },

    async loadDesktop() {
      if (get().desktop.loadState === 'idle') set({ desktop: { ...get().desktop, loadState: 'loading' } });
      const result = await api.call('desktop.get', {});
      set((state) => ({
        desktop: result.ok
          ? { ...state.desktop, settings: result.value, loadState: 'ready', error: null }
          : {
              ...state.desktop,
              loadState: state.desktop.settings ? 'ready' : 'failed',
              error: result.error.message,
            },
      }));
    },

    async setStartAtLogin(startAtLogin) {
      set((state) => ({ desktop: { ...state.desktop, saving: true, saveError: null } }));
      const result = await api.call('desktop.save', { startAtLogin });
      set((state) => ({
        desktop: result.ok
          ? { ...state.desktop, settings: result.value, saving: false }
          : { ...state.desktop, saving: false, saveError: result.error.message },
      }));
    },
  });
}
