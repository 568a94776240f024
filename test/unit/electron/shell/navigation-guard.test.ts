import { EventEmitter } from 'node:events';
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { GuardedContents } from '../../../../electron/shell/navigation-guard';
import { guardWebContents, isExternalWebUrl } from '../../../../electron/shell/navigation-guard';

/** A webContents stand-in: real events, and the window-open handler kept for the test to call. */
class FakeContents extends EventEmitter {
  openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }
  /** Emits a navigation-style event and reports whether it was prevented. */
  navigate(event: string, url: string, isMainFrame = false): boolean {
    const preventDefault = vi.fn();
    this.emit(event, { url, isMainFrame, preventDefault });
    return preventDefault.mock.calls.length > 0;
  }
  /**
   * A navigation of the main frame the page started, in Electron's order
   * (electron_navigation_throttle.cc): `will-frame-navigate` first, and
   * `will-navigate` only if that was not prevented. True when it was stopped.
   */
  navigateMainFrame(url: string): boolean {
    return this.navigate('will-frame-navigate', url, true) || this.navigate('will-navigate', url);
  }
  open(url: string): WindowOpenHandlerResponse | undefined {
    return this.openHandler?.({ url } as HandlerDetails);
  }
}

function guarded() {
  const contents = new FakeContents();
  const openExternal = vi.fn<(url: string) => void>();
  // EventEmitter's `on` stands in for Electron's typed overloads.
  guardWebContents(contents as unknown as GuardedContents, {
    isAppUrl: (url) => url.startsWith('app://hub/'),
    openExternal,
  });
  return { contents, openExternal };
}

describe('guardWebContents', () => {
  it('prevents navigation to another URL and allows navigation within the app', () => {
    const { contents } = guarded();
    expect(contents.navigateMainFrame('https://evil.example/')).toBe(true);
    expect(contents.navigateMainFrame('file:///etc/passwd')).toBe(true);
    expect(contents.navigateMainFrame('app://hub/index.html#/partners')).toBe(false);
    // Either event alone stops it too.
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('prevents redirects and sub-frame navigation away from the app', () => {
    const { contents, openExternal } = guarded();
    expect(contents.navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.navigate('will-redirect', 'app://hub/index.html')).toBe(false);
    expect(contents.navigate('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.navigate('will-frame-navigate', 'app://hub/index.html')).toBe(false);
    // A redirect is not the operator's choice: nothing is opened for it.
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('opens a followed https link in the OS browser instead of the app window', () => {
    const { contents, openExternal } = guarded();
    expect(contents.navigateMainFrame('https://docs.example.com/webhooks')).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://docs.example.com/webhooks']]);
    contents.navigateMainFrame('javascript:alert(1)');
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('denies every new window and hands only http(s) links to the OS browser', () => {
    const { contents, openExternal } = guarded();
    expect(contents.open('https://partner.example.com/')).toEqual({ action: 'deny' });
    expect(contents.open('http://partner.example.com/')).toEqual({ action: 'deny' });
    expect(contents.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(contents.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(contents.open('app://hub/index.html')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://partner.example.com/'], ['http://partner.example.com/']]);
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = guarded();
    expect(contents.navigate('will-attach-webview', 'app://hub/index.html')).toBe(true);
  });
});

describe('isExternalWebUrl', () => {
  it('accepts only http and https', () => {
    expect(isExternalWebUrl('https://a.example/')).toBe(true);
    expect(isExternalWebUrl('http://a.example/')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://hub/', 'not a url']) {
      expect(isExternalWebUrl(url), url).toBe(false);
    }
  });
});
