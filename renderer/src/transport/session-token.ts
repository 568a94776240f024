/** Where the browser-mode token lives between reloads of this tab. */
export const tokenStorageKey = 'hub.token';

/** The parts of `window` the token hand-off touches, so it can be tested without a DOM. */
export interface TokenEnvironment {
  location: { search: string; pathname: string; hash: string };
  history: { replaceState(data: unknown, unused: string, url: string): void };
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

/**
 * The page is first opened as `/?token=…#/…`. Keep the token in sessionStorage
 * (per tab, gone when the tab closes) and take it out of the address bar so it is
 * not bookmarked, shared in a screenshot or kept in history.
 */
export function takeSessionToken(env: TokenEnvironment): string | null {
  const params = new URLSearchParams(env.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    env.sessionStorage.setItem(tokenStorageKey, fromUrl);
    params.delete('token');
    const rest = params.toString();
    env.history.replaceState(null, '', `${env.location.pathname}${rest ? `?${rest}` : ''}${env.location.hash}`);
    return fromUrl;
  }
  return env.sessionStorage.getItem(tokenStorageKey);
}
