import { describe, expect, it, vi } from 'vitest';
import { denyWebPermissions } from '../../../../electron/shell/permissions';

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;
type CheckHandler = (contents: unknown, permission: string, requestingOrigin: string) => boolean;

function install() {
  let request: RequestHandler | undefined;
  let check: CheckHandler | undefined;
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => {
      request = handler;
    },
    setPermissionCheckHandler: (handler: CheckHandler) => {
      check = handler;
    },
  };
  denyWebPermissions(session, (url) => url.startsWith('app://hub'));
  const ask = (permission: string, requestingUrl: string): boolean => {
    const callback = vi.fn<(granted: boolean) => void>();
    request?.(null, permission, callback, { requestingUrl });
    expect(callback).toHaveBeenCalledTimes(1);
    return callback.mock.calls[0]?.[0] ?? true;
  };
  return { ask, check: (permission: string, origin: string) => check?.(null, permission, origin) ?? true };
}

describe('web permissions', () => {
  it('denies every permission request from the app page', () => {
    const { ask, check } = install();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'hid',
      'usb',
      'serial',
      'openExternal',
      'clipboard-read',
    ]) {
      expect(ask(permission, 'app://hub/index.html'), permission).toBe(false);
      expect(check(permission, 'app://hub'), permission).toBe(false);
    }
  });

  it('lets only the app page write to the clipboard', () => {
    const { ask, check } = install();
    expect(ask('clipboard-sanitized-write', 'app://hub/index.html')).toBe(true);
    expect(check('clipboard-sanitized-write', 'app://hub')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(check('clipboard-sanitized-write', 'https://evil.example')).toBe(false);
  });
});
