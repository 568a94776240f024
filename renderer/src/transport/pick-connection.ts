import type { HubBridge } from '../../../shared/contract';
import { createElectronConnection } from './electron-client';
import { createHttpConnection } from './http-client';
import type { HubConnection } from './link-state';
import { takeSessionToken } from './session-token';

declare global {
  interface Window {
    /** Exposed by the preload in the desktop app; absent in browser mode. */
    hub?: HubBridge;
  }
}

/** The desktop app's preload bridge when present, otherwise same-origin HTTP; null when browser mode has no token. */
export function pickConnection(): HubConnection | null {
  if (window.hub) return createElectronConnection(window.hub);
  const token = takeSessionToken(window);
  return token ? createHttpConnection(token) : null;
}
