import type { WebContents } from 'electron';

/** True only for web links the OS browser should open; never `file:`, `javascript:` or custom schemes. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** What the guard needs to know and do; injected so it is testable without Electron. */
export interface NavigationPolicy {
  /** True for the app's own pages, which may be navigated to. */
  readonly isAppUrl: (url: string) => boolean;
  /** Hands a link to the OS browser (Electron's `shell.openExternal`). */
  readonly openExternal: (url: string) => void;
}

/** The subset of `WebContents` the guard touches. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Locks a webContents to the app: no navigation or redirect away from the app's
 * pages, no new Electron windows (web links go to the OS browser instead), and no
 * `<webview>`. Applied to every webContents through `web-contents-created`, so a
 * frame or window the page manages to create is covered too.
 */
export function guardWebContents(contents: GuardedContents, policy: NavigationPolicy): void {
  const openIfWebLink = (url: string): void => {
    if (isExternalWebUrl(url)) policy.openExternal(url);
  };

  // Electron asks `will-frame-navigate` first, for the main frame too, and a navigation
  // prevented there never reaches `will-navigate`: the decision is made here, once.
  contents.on('will-frame-navigate', (event) => {
    if (policy.isAppUrl(event.url)) return;
    event.preventDefault();
    // A plain <a href="https://…"> click in the page is the operator following a
    // link: show it in their browser. A sub-frame navigating is never their intent.
    if (event.isMainFrame) openIfWebLink(event.url);
  });
  contents.on('will-navigate', (event) => {
    // Reached only when `will-frame-navigate` let the navigation through; kept so a
    // change in Electron's order could not open a gap.
    if (!policy.isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    // Redirects are never user intent, so they are only stopped, never opened elsewhere.
    if (!policy.isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfWebLink(url);
    return { action: 'deny' };
  });
}
