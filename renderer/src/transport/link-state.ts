import type { HubApi } from '../../../shared/contract';

/**
 * How the window is connected to the core, beyond what `HubApi` says: browser
 * mode can lose its event stream (and must refetch after reconnecting) or find
 * that the server restarted with a new token.
 */
export type LinkState = 'connecting' | 'connected' | 'reconnecting' | 'session-ended';

/** A transport: the contract's two functions plus the link state the UI reports. */
export interface HubConnection {
  api: HubApi;
  /** Calls `listener` now with the current state and on every change. */
  onLink: (listener: (state: LinkState) => void) => () => void;
}
