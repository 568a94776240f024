import type { RenderProcessGoneDetails, WebContents } from 'electron';

/** Chromium's "the load was aborted": a newer navigation replaced it, or the operator chose to stay. Not a failure. */
const errAborted = -3;

/** Reloads allowed in {@link windowMs} before the window stops trying (a page that crashes at once would loop). */
export const maxReloads = 3;
export const windowMs = 60_000;
/** Pause before reloading after a failed load, so a missing file is not retried in a tight loop. */
export const reloadDelayMs = 1_000;

export interface RecoveryActions {
  /** Reloads the page that crashed (same route). */
  reloadPage(): void;
  /** Loads the app's entry page again, after a load that failed. */
  loadEntry(): void;
  /** Tells the operator, through the core's notices (shown once the page is back). */
  notice(message: string): void;
  /** False while the app is quitting or the window is going away: nothing to recover then. */
  wanted(): boolean;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => void;
}

const deliveriesGoOn = 'Deliveries were not affected: they carry on in the background.';

/**
 * A crashed renderer or a page that failed to load would leave a blank window
 * while the hub keeps running behind it. Both are reloaded, with a notice that
 * says what happened; a page that keeps failing is given up on after a few tries
 * rather than reloaded forever.
 */
export function recoverRenderer(contents: Pick<WebContents, 'on'>, actions: RecoveryActions): void {
  const now = actions.now ?? Date.now;
  const setTimer = actions.setTimer ?? ((run, ms) => void setTimeout(run, ms));
  const recent: number[] = [];

  const allowed = (): boolean => {
    const at = now();
    while (recent.length > 0 && (recent[0] ?? 0) <= at - windowMs) recent.shift();
    if (recent.length >= maxReloads) return false;
    recent.push(at);
    return true;
  };

  const giveUp = (): void =>
    actions.notice(
      'The Integration Hub window keeps failing, so it is no longer reloaded automatically. ' +
        `${deliveriesGoOn} Quit Integration Hub from its icon and start it again.`,
    );

  contents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit' || !actions.wanted()) return;
    if (!allowed()) return giveUp();
    actions.notice(
      `The Integration Hub window stopped unexpectedly (${details.reason}) and was reloaded. ${deliveriesGoOn} ` +
        'Changes on the page that were not saved are lost.',
    );
    actions.reloadPage();
  });

  contents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
    if (!isMainFrame || errorCode === errAborted || !actions.wanted()) return;
    if (!allowed()) return giveUp();
    actions.notice(
      `The Integration Hub window could not load (${errorDescription}) and was reloaded. ${deliveriesGoOn}`,
    );
    setTimer(() => {
      if (actions.wanted()) actions.loadEntry();
    }, reloadDelayMs);
  });
}
