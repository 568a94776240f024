import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from '../../../../electron/shell/app-menu';

function everyItem(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? everyItem(item.submenu) : [])]);
}

describe('the application menu', () => {
  it('offers no developer tools in the shipped app', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const roles = everyItem(appMenuTemplate({ platform, developerTools: false, quit: vi.fn() })).map((i) => i.role);
      expect(roles).not.toContain('toggleDevTools');
      expect(roles).not.toContain('forceReload');
      // Copy/paste and zoom stay.
      expect(roles).toEqual(expect.arrayContaining(['editMenu', 'zoomIn', 'resetZoom']));
    }
  });

  it('offers them when run from source', () => {
    const roles = everyItem(appMenuTemplate({ platform: 'linux', developerTools: true, quit: vi.fn() })).map(
      (i) => i.role,
    );
    expect(roles).toContain('toggleDevTools');
  });

  it('quits through the app’s own question, with the usual shortcut', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const quit = vi.fn();
      const item = everyItem(appMenuTemplate({ platform, developerTools: false, quit })).find(
        (i) => i.label === 'Quit Integration Hub',
      );
      expect(item?.accelerator).toBe('CmdOrCtrl+Q');
      expect(item?.role).toBeUndefined();
      (item?.click as (() => void) | undefined)?.();
      expect(quit).toHaveBeenCalledTimes(1);
    }
  });
});
