import { EventEmitter } from 'node:events';
import type { Menu, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { EventName, HubEvents } from '../../../../shared/contract';
import type { FailingDestination, SystemStatus } from '../../../../shared/domain/app-info';
import type { HubListener } from '../../../../electron/core/ports';
import { showStatusTray } from '../../../../electron/shell/status-tray';
import { trayStatusLines, trayTooltip } from '../../../../electron/shell/tray-menu';
import { systemStatus } from '../../../support/system-status';

const failing = (name: string, state: FailingDestination['state'] = 'failing'): FailingDestination => ({
  id: `partner:${name}`,
  name,
  state,
  reason: '401 — the partner rejected the API key',
  failure: 'http_unauthorized',
});

const status = systemStatus;

function setUp(initial: SystemStatus) {
  const listeners = new Set<HubListener>();
  const hub = {
    call: vi.fn(() => Promise.resolve({ ok: true as const, value: initial })),
    subscribe: (listener: HubListener) => (listeners.add(listener), () => listeners.delete(listener)),
  };
  const push = <E extends EventName>(event: E, payload: HubEvents[E]) => listeners.forEach((l) => l(event, payload));
  const tray = Object.assign(new EventEmitter(), {
    setToolTip: vi.fn(),
    setContextMenu: vi.fn(),
    destroy: vi.fn(),
  });
  const menus: MenuItemConstructorOptions[][] = [];
  const open = vi.fn();
  const quit = vi.fn();
  const remove = showStatusTray(hub, {
    // EventEmitter's `on` stands in for Tray's typed overloads.
    createTray: () => tray as never,
    buildMenu: (template) => (menus.push(template), {} as Menu),
    open,
    quit,
  });
  const labels = (): (string | undefined)[] => (menus.at(-1) ?? []).map((item) => item.label);
  const click = (label: string): void => {
    const item = menus.at(-1)?.find((entry) => entry.label === label);
    (item?.click as (() => void) | undefined)?.();
  };
  return { tray, menus, labels, click, push, open, quit, remove, listeners };
}

describe('the tray icon', () => {
  it('shows online/offline, queued and failing, and offers Open and Quit', async () => {
    const { labels, click, open, quit, tray } = setUp(
      status({ queued: 3, failingPartners: [failing('Acme'), failing('Beta', 'paused')] }),
    );
    await vi.waitFor(() => expect(labels()[1]).toBe('3 webhooks queued'));
    expect(labels()).toEqual([
      'Online',
      '3 webhooks queued',
      '2 partners failing: Acme, Beta (paused)',
      undefined,
      'Open Integration Hub',
      undefined,
      'Quit Integration Hub',
    ]);
    expect(tray.setToolTip).toHaveBeenLastCalledWith('Integration Hub — online · 3 queued · 2 failing');
    click('Open Integration Hub');
    click('Quit Integration Hub');
    expect(open).toHaveBeenCalledTimes(1);
    expect(quit).toHaveBeenCalledTimes(1);
    tray.emit('click');
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('follows the core’s status events and rebuilds the menu only when its words change', async () => {
    const { labels, menus, push } = setUp(status());
    await vi.waitFor(() => expect(labels()[1]).toBe('No webhooks queued'));
    const built = menus.length;
    push('system.status', status());
    expect(menus).toHaveLength(built);
    push('system.status', status({ online: false, queued: 1 }));
    expect(labels().slice(0, 3)).toEqual([
      'Offline — webhooks wait in the queue',
      '1 webhook queued',
      'No failing partners',
    ]);
  });

  it('removes the icon and stops listening', () => {
    const { remove, tray, listeners } = setUp(status());
    remove();
    expect(tray.destroy).toHaveBeenCalled();
    expect(listeners.size).toBe(0);
  });

  it('names the partners someone holds, with what waits for each, after the failing ones', () => {
    const held = status({
      queued: 1,
      heldPartners: [
        { id: 'partner:d', name: 'Deliveroo', waiting: 4 },
        { id: 'partner:u', name: 'Uber Eats', waiting: 1200 },
      ],
    });
    expect(trayStatusLines(held)).toEqual([
      'Online',
      '1 webhook queued',
      'No failing partners',
      '2 partners held: Deliveroo (4 waiting), Uber Eats (1,200 waiting)',
    ]);
    expect(trayTooltip(held)).toBe('Integration Hub — online · 1 queued · 2 held');
  });

  it('says it is starting before the first status', () => {
    expect(trayStatusLines(null)).toEqual(['Starting…']);
    expect(trayTooltip(null)).toBe('Integration Hub — starting');
  });
});
