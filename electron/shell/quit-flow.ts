import type { App } from 'electron';
import type { Hub } from '../core/ports';

/**
 * How long quitting waits for the core after the windows are gone. Closing cuts
 * off sends in flight after a second (see `closeGraceMs`), so this is only the
 * last resort against a core that hangs; the whole quit stays within 5 s.
 */
export const hubCloseTimeoutMs = 3_500;

/** The quit as the rest of the shell sees it. */
export interface QuitFlow {
  /** True from `before-quit` until the quit is done or cancelled: windows must close, not hide. */
  readonly quitting: boolean;
  /** A window refused to close (the operator chose to stay on a page with unsaved changes): the quit is off. */
  cancelled(): void;
  /** An explicit Quit (tray, menu): asks first when webhooks are still queued, then quits. */
  requestQuit(): Promise<void>;
}

export interface QuitFlowDeps {
  app: Pick<App, 'on' | 'quit'>;
  getHub: () => Pick<Hub, 'close'> | undefined;
  /** Webhooks still waiting to be sent. */
  queued: () => Promise<number>;
  /** Asks whether to quit with `count` webhooks queued; true to quit. */
  confirmQuit: (count: number) => Promise<boolean>;
  onError: (error: unknown) => void;
  timeoutMs?: number;
}

/**
 * The app's quit, in Electron's order: `before-quit`, then every window closes
 * (each may ask about unsaved changes, and may cancel the quit), then
 * `will-quit`. Only there — once every window has gone — is the core closed: in
 * flight deliveries cut off, the database closed cleanly; then the app quits for
 * real. The close runs once however often quit is asked for, and a core that
 * hangs cannot make the app unquittable.
 */
export function manageQuit(deps: QuitFlowDeps): QuitFlow {
  const timeoutMs = deps.timeoutMs ?? hubCloseTimeoutMs;
  let quitting = false;
  let core: 'open' | 'closing' | 'closed' = 'open';

  deps.app.on('before-quit', () => {
    quitting = true;
  });

  deps.app.on('will-quit', (event) => {
    const hub = deps.getHub();
    if (core === 'closed' || !hub) return;
    event.preventDefault();
    if (core === 'closing') return;
    core = 'closing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        deps.onError(new Error(`The Integration Hub core did not close within ${timeoutMs} ms.`));
        resolve();
      }, timeoutMs);
    });
    void Promise.race([hub.close().catch(deps.onError), timeout]).finally(() => {
      clearTimeout(timer);
      core = 'closed';
      deps.app.quit();
    });
  });

  return {
    get quitting() {
      return quitting;
    },
    cancelled() {
      quitting = false;
    },
    async requestQuit() {
      let count = 0;
      try {
        count = await deps.queued();
      } catch (error) {
        // Not knowing the count is no reason to refuse to quit.
        deps.onError(error);
      }
      if (count > 0 && !(await deps.confirmQuit(count))) return;
      deps.app.quit();
    },
  };
}

/** The question asked before quitting with work queued, in the operator's words. */
export function queuedQuitQuestion(count: number): string {
  return count === 1
    ? '1 webhook is still queued; it will be sent the next time Integration Hub starts.'
    : `${count.toLocaleString('en-US')} webhooks are still queued; they will be sent the next time Integration Hub starts.`;
}
