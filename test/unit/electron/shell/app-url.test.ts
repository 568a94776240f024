import { describe, expect, it } from 'vitest';
import { appEntryUrl, resolveAppLocation } from '../../../../electron/shell/app-url';

describe('resolveAppLocation', () => {
  it('loads app://hub/ in a built app and recognises only that origin', () => {
    const location = resolveAppLocation({ isPackaged: true, devServerUrl: undefined });
    expect(location.entryUrl).toBe(appEntryUrl);
    expect(location.isAppUrl('app://hub/index.html')).toBe(true);
    expect(location.isAppUrl('app://hub/partners?id=1')).toBe(true);
    expect(location.isAppUrl('app://other/index.html')).toBe(false);
    expect(location.isAppUrl('app://hub.evil.example/index.html')).toBe(false);
    expect(location.isAppUrl('https://hub/index.html')).toBe(false);
    expect(location.isAppUrl('not a url')).toBe(false);
  });

  it('uses the dev server in an unpackaged app, and then trusts its origin only', () => {
    const location = resolveAppLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173' });
    expect(location.entryUrl).toBe('http://localhost:5173');
    expect(location.isAppUrl('http://localhost:5173/partners')).toBe(true);
    expect(location.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(location.isAppUrl('app://hub/index.html')).toBe(false);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app, so an environment variable cannot repoint the window', () => {
    const location = resolveAppLocation({ isPackaged: true, devServerUrl: 'https://evil.example/' });
    expect(location.entryUrl).toBe(appEntryUrl);
    expect(location.isAppUrl('https://evil.example/')).toBe(false);
  });
});
