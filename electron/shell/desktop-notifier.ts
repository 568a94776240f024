import type { DesktopNotifications } from './alert-notifier';

/** The part of Electron's `Notification` used here. */
export interface ShownNotification {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
}

export interface DesktopNotifier extends DesktopNotifications {
  /** Notifications still on screen, held so their click arrives. */
  readonly onScreen: number;
}

/**
 * Shows desktop notifications and keeps each one referenced until it is clicked or
 * closed: Electron holds a notification only weakly, so one nobody references can be
 * garbage-collected and its click silently lost (electron/electron#16922).
 */
export function createDesktopNotifier(
  isSupported: () => boolean,
  create: (options: { title: string; body: string }) => ShownNotification,
): DesktopNotifier {
  const held = new Set<ShownNotification>();
  return {
    isSupported,
    show(title, body, onClick) {
      if (!isSupported()) return;
      const notification = create({ title, body });
      held.add(notification);
      notification.on('click', () => {
        held.delete(notification);
        onClick?.();
      });
      notification.on('close', () => held.delete(notification));
      notification.show();
    },
    get onScreen() {
      return held.size;
    },
  };
}
