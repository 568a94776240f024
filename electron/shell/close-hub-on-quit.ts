import type { App } from 'electron';
import type { Hub } from '../core/ports';

/** How long quitting waits for the core to finish in-flight work before giving up on it. */
export const hubCloseTimeoutMs = 10_000;

/**
 * Holds the first quit until the core has closed (in-flight deliveries settled,
 * the database closed cleanly), then quits for real. The close runs once however
 * often quit is asked for, and a core that hangs cannot make the app unquittable.
 */
export function closeHubOnQuit(
  app: Pick<App, 'on' | 'quit'>,
  getHub: () => Pick<Hub, 'close'> | undefined,
  onError: (error: unknown) => void,
  timeoutMs = hubCloseTimeoutMs,
): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    const hub = getHub();
    if (state === 'closed' || !hub) return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        onError(new Error(`The Integration Hub core did not close within ${timeoutMs} ms.`));
        resolve();
      }, timeoutMs);
    });
    void Promise.race([hub.close().catch(onError), timeout]).finally(() => {
      clearTimeout(timer);
      state = 'closed';
      app.quit();
    });
  });
}
