import { describe, expect, it } from 'vitest';
import type { HubEvents } from '../../../../shared/contract';
import { followDesktopLinks } from '../../../../renderer/src/app/follow-desktop-links';

describe('following a desktop notification into the app', () => {
  it('shows the clicked partner’s undelivered webhooks, as the toast’s link does', () => {
    let listener: ((payload: HubEvents['app.showUndelivered']) => void) | undefined;
    const api = {
      on: (event: string, fn: (payload: HubEvents['app.showUndelivered']) => void) => {
        if (event === 'app.showUndelivered') listener = fn;
        return () => (listener = undefined);
      },
    };
    const went: string[] = [];
    const stop = followDesktopLinks(api as never, (path) => went.push(path));
    listener?.({ destinationId: 'partner:acme' });
    expect(went).toEqual(['/deliveries?state=failed%2Cretrying&destination=partner%3Aacme']);
    stop();
    expect(listener).toBeUndefined();
  });
});

describe('following a late order’s desktop notification (#14)', () => {
  it('opens that delivery in the log', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    const api = {
      on: (event: string, fn: (payload: unknown) => void) => {
        listeners.set(event, fn);
        return () => listeners.delete(event);
      },
    };
    const went: string[] = [];
    const stop = followDesktopLinks(api as never, (path) => went.push(path));
    listeners.get('app.showDelivery')?.({ deliveryId: 42 } satisfies HubEvents['app.showDelivery']);
    expect(went).toEqual(['/deliveries?delivery=42']);
    stop();
    expect(listeners.size).toBe(0);
  });
});
