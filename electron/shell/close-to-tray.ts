import type { BrowserWindow } from 'electron';

/** The window surface hiding needs. */
export type HideableWindow = Pick<BrowserWindow, 'on' | 'once' | 'hide' | 'isFullScreen' | 'setFullScreen'>;

/**
 * Closing the window hides it instead, so deliveries and their retries go on
 * with no window; only an explicit Quit (or the OS shutting down) ends the app.
 * During a quit the close goes through. The page is kept as it was, unsaved
 * edits included, for when the operator opens the window again.
 */
export function hideOnClose(win: HideableWindow, isQuitting: () => boolean, onHidden: () => void): void {
  win.on('close', (event) => {
    if (isQuitting()) return;
    event.preventDefault();
    if (win.isFullScreen()) {
      // Hiding a full-screen window leaves an empty black screen on macOS: leave full screen first.
      win.once('leave-full-screen', () => win.hide());
      win.setFullScreen(false);
    } else {
      win.hide();
    }
    onHidden();
  });
}

/** Where the app's icon is, in the words of each desktop. */
export function trayPlace(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'menu bar';
  if (platform === 'win32') return 'notification area';
  return 'system tray';
}

/** The notification shown the first time the window hides, so nobody thinks the app stopped. */
export function keepsRunningNotification(platform: NodeJS.Platform): { title: string; body: string } {
  return {
    title: 'Integration Hub is still running',
    body:
      `It keeps sending webhooks in the background. Open it or quit it from its icon in the ${trayPlace(platform)}, ` +
      'or open the window again by starting Integration Hub.',
  };
}
