import type { Menu, MenuItemConstructorOptions, Tray } from 'electron';
import type { SystemStatus } from '../../shared/domain/app-info';
import type { Hub } from '../core/ports';
import { trayMenuTemplate, trayTooltip, type TrayActions } from './tray-menu';

/** The parts of Electron the tray needs; injected so it is testable without Electron. */
export interface TrayDeps extends TrayActions {
  createTray(): Pick<Tray, 'setToolTip' | 'setContextMenu' | 'on' | 'destroy'>;
  buildMenu(template: MenuItemConstructorOptions[]): Menu;
}

/**
 * The icon that stays while the window is closed: it shows whether this PC is
 * online, how many webhooks are queued and which partners are failing, and
 * offers Open and Quit. It follows the core's `system.status` events; the menu
 * is rebuilt only when its words change (Linux needs a new menu set each time).
 * Returns a function that removes the icon.
 */
export function showStatusTray(hub: Pick<Hub, 'call' | 'subscribe'>, deps: TrayDeps): () => void {
  const tray = deps.createTray();
  let shown = '';
  const show = (status: SystemStatus | null): void => {
    const template = trayMenuTemplate(status, deps);
    const key = JSON.stringify([trayTooltip(status), template.map((item) => item.label ?? '-')]);
    if (key === shown) return;
    shown = key;
    tray.setToolTip(trayTooltip(status));
    tray.setContextMenu(deps.buildMenu(template));
  };
  show(null);
  // A click on the icon opens the window (Windows; macOS and most Linux trays open the menu instead).
  tray.on('click', () => deps.open());
  let heard = false;
  const unsubscribe = hub.subscribe((event, payload) => {
    if (event !== 'system.status') return;
    heard = true;
    show(payload as SystemStatus);
  });
  void hub.call('system.status', {}).then((result) => {
    // An event that came first is newer than this answer.
    if (result.ok && !heard) show(result.value as SystemStatus);
  });
  return () => {
    unsubscribe();
    tray.destroy();
  };
}
