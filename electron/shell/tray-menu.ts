import type { MenuItemConstructorOptions } from 'electron';
import type { SystemStatus } from '../../shared/domain/app-info';

/** What the tray's menu can do. */
export interface TrayActions {
  open(): void;
  quit(): void;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? `1 ${one}` : `${count.toLocaleString('en-US')} ${many}`;
}

/**
 * The status in short lines: network, queue, failing partners — and, while someone
 * holds partners (#14), which, with what waits for each: the app may sit in the tray
 * for hours, and a hold forgotten there holds that partner's orders.
 */
export function trayStatusLines(status: SystemStatus | null): string[] {
  if (!status) return ['Starting…'];
  // A paused destination says so: nothing goes to it until someone resumes it.
  const failing = status.failingPartners.map((d) => (d.state === 'paused' ? `${d.name} (paused)` : d.name));
  const held = status.heldPartners.map((p) => `${p.name} (${p.waiting.toLocaleString('en-US')} waiting)`);
  return [
    status.online ? 'Online' : 'Offline — webhooks wait in the queue',
    status.queued === 0 ? 'No webhooks queued' : `${plural(status.queued, 'webhook', 'webhooks')} queued`,
    failing.length === 0
      ? 'No failing partners'
      : `${plural(failing.length, 'partner', 'partners')} failing: ${failing.join(', ')}`,
    ...(held.length === 0 ? [] : [`${plural(held.length, 'partner', 'partners')} held: ${held.join(', ')}`]),
  ];
}

/** The icon's tooltip (Windows and macOS; Linux trays show only the menu). */
export function trayTooltip(status: SystemStatus | null): string {
  if (!status) return 'Integration Hub — starting';
  const parts = [status.online ? 'online' : 'offline', `${status.queued.toLocaleString('en-US')} queued`];
  if (status.failingPartners.length > 0) parts.push(`${status.failingPartners.length} failing`);
  if (status.heldPartners.length > 0) parts.push(`${status.heldPartners.length} held`);
  return `Integration Hub — ${parts.join(' · ')}`;
}

/**
 * The tray / menu-bar menu: the status lines (read-only), then Open and Quit.
 * Linux trays show no tooltip and often ignore clicks on the icon, so everything
 * the operator needs is in the menu.
 */
export function trayMenuTemplate(status: SystemStatus | null, actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    ...trayStatusLines(status).map((label): MenuItemConstructorOptions => ({ label, enabled: false })),
    { type: 'separator' },
    { label: 'Open Integration Hub', click: () => actions.open() },
    { type: 'separator' },
    { label: 'Quit Integration Hub', click: () => actions.quit() },
  ];
}
