/**
 * Where the renderer lives. Packaged builds serve it from the privileged `app://hub/`
 * scheme; `electron-vite dev` serves it from a local Vite server instead.
 */

/** The custom scheme the renderer is served from (registered as standard + secure). */
export const appScheme = 'app';
/** The one host of that scheme; anything else is refused. */
export const appHost = 'hub';
/** The origin every trusted page has in a built app. */
export const appOrigin = `${appScheme}://${appHost}`;
/** The renderer's entry page. */
export const appEntryUrl = `${appOrigin}/index.html`;

/** Where this run loads the renderer from and how to recognise its own pages. */
export interface AppLocation {
  /** The URL the main window loads. */
  readonly entryUrl: string;
  /** True when `url` is one of the app's own pages (same origin as the entry). */
  readonly isAppUrl: (url: string) => boolean;
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Non-special schemes report "null" as origin in WHATWG URL, so build it ourselves.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/**
 * The app's location for this run. The dev server URL is honoured only in an
 * unpackaged app: in a shipped build an environment variable must not be able to
 * point the privileged window (and its IPC access) at another page.
 */
export function resolveAppLocation(options: { isPackaged: boolean; devServerUrl: string | undefined }): AppLocation {
  const devOrigin = !options.isPackaged && options.devServerUrl ? originOf(options.devServerUrl) : null;
  if (devOrigin && options.devServerUrl) {
    const entryUrl = options.devServerUrl;
    return { entryUrl, isAppUrl: (url) => originOf(url) === devOrigin };
  }
  return { entryUrl: appEntryUrl, isAppUrl: (url) => originOf(url) === appOrigin };
}
