import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools (DevTools, force reload) only when run from source, never in the shipped app. */
  developerTools: boolean;
  /** The app's own Quit: asks first when webhooks are still queued. */
  quit(): void;
}

/**
 * The application menu. Electron's default menu offers DevTools to anyone; this
 * one does only when run from source. Quit goes through the app's own question
 * about queued webhooks; closing the window only hides it (the app keeps
 * sending). Edit keeps copy and paste working, View keeps zoom (operators use
 * 200 %).
 */
export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const quit: MenuItemConstructorOptions = {
    label: 'Quit Integration Hub',
    accelerator: 'CmdOrCtrl+Q',
    click: () => options.quit(),
  };
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    ...(options.developerTools
      ? ([{ role: 'forceReload' }, { role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[])
      : []),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  const appOrFile: MenuItemConstructorOptions = mac
    ? {
        label: 'Integration Hub',
        submenu: [
          { role: 'about' },
          { type: 'separator' },
          { role: 'hide' },
          { role: 'hideOthers' },
          { role: 'unhide' },
          { type: 'separator' },
          quit,
        ],
      }
    : { label: 'File', submenu: [{ role: 'close', label: 'Close Window' }, { type: 'separator' }, quit] };
  return [appOrFile, { role: 'editMenu' }, { label: 'View', submenu: view }, { role: 'windowMenu' }];
}
