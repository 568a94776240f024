import { describe, expect, it } from 'vitest';
import { createDesktopNotifier, type ShownNotification } from '../../../../electron/shell/desktop-notifier';

/** A stand-in for Electron's Notification that records what was done to it. */
class FakeNotification implements ShownNotification {
  readonly listeners = new Map<string, () => void>();
  shown = false;
  constructor(readonly options: { title: string; body: string }) {}
  on(event: 'click' | 'close', listener: () => void): this {
    this.listeners.set(event, listener);
    return this;
  }
  show(): void {
    this.shown = true;
  }
  emit(event: 'click' | 'close'): void {
    this.listeners.get(event)?.();
  }
}

/** A notifier over fake notifications, and the notifications it made. */
function fakeNotifier(supported: boolean) {
  const made: FakeNotification[] = [];
  const notifier = createDesktopNotifier(
    () => supported,
    (options) => {
      const notification = new FakeNotification(options);
      made.push(notification);
      return notification;
    },
  );
  return { notifier, made };
}

describe('desktop notifier', () => {
  it('holds each notification until it is clicked or closed, so its click is not lost to the garbage collector', () => {
    const { notifier, made } = fakeNotifier(true);
    const clicked: string[] = [];
    notifier.show('Webhooks to Acme are failing', '500', () => clicked.push('acme'));
    notifier.show('Still running', 'In the tray');
    expect(made.map((n) => [n.options.title, n.shown])).toEqual([
      ['Webhooks to Acme are failing', true],
      ['Still running', true],
    ]);
    expect(notifier.onScreen).toBe(2);

    made[0]?.emit('click');
    expect(clicked).toEqual(['acme']);
    made[1]?.emit('close');
    expect(notifier.onScreen).toBe(0);
  });

  it('shows nothing where the OS has no notifications', () => {
    const { notifier, made } = fakeNotifier(false);
    notifier.show('Title', 'Body');
    expect(made).toEqual([]);
  });
});
