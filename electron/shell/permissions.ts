import type { Session } from 'electron';

/**
 * The one permission the app's own page may use: writing text to the clipboard
 * (copying a delivery id or payload). Chromium routes it through the handlers
 * below, so denying everything would break "Copy" buttons.
 */
const allowedForApp = new Set<string>(['clipboard-sanitized-write']);

/**
 * Denies every web permission (camera, microphone, location, notifications,
 * USB, …) to every page, apart from clipboard writes by the app's own page. The
 * Hub needs none of them; desktop notifications come from the main process.
 */
export function denyWebPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  isAppUrl: (url: string) => boolean,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(allowedForApp.has(permission) && isAppUrl(details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return allowedForApp.has(permission) && isAppUrl(requestingOrigin);
  });
}
