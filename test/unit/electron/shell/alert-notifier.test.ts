import { describe, expect, it } from 'vitest';
import type { DeliveryAlert } from '../../../../shared/domain/deliveries';
import { notifyDeliveryAlerts, notifyEveryMs } from '../../../../electron/shell/alert-notifier';
import { fakeHubEvents as fakeHub } from '../../../support/fake-hub-events';

const alert = (destinationId: string, kind: DeliveryAlert['kind']): DeliveryAlert => ({
  destinationId,
  destinationName: destinationId === 'partner:a' ? 'Loyalty Co' : 'Ledger',
  kind,
  reason: kind === 'recovered' ? 'Deliveries are succeeding again.' : '401 — the partner rejected the API key',
  failure: kind === 'recovered' ? null : 'http_unauthorized',
  at: '2026-11-22T12:00:00.000Z',
});

describe('desktop notifications for delivery alerts', () => {
  it('says what happened and where the fix is, at most once per partner every few minutes', () => {
    const hub = fakeHub();
    const shown: string[] = [];
    let now = 0;
    notifyDeliveryAlerts(
      hub,
      { isSupported: () => true, show: (title, body) => shown.push(`${title} | ${body}`) },
      () => undefined,
      () => now,
    );

    hub.push('delivery.alert', alert('partner:a', 'failing'));
    hub.push('delivery.alert', alert('partner:b', 'paused'));
    hub.push('deliveries.changed', { deliveries: [] });
    expect(shown).toEqual([
      'Webhooks to Loyalty Co are failing | 401 — the partner rejected the API key. Check the API key.',
      'Webhooks to Ledger are paused | 401 — the partner rejected the API key. Check the API key.',
    ]);

    // Whoever was told of the problem hears that it is over, at once.
    now += 1_000;
    hub.push('delivery.alert', alert('partner:a', 'recovered'));
    expect(shown.at(-1)).toBe('Webhooks to Loyalty Co are going through again | Deliveries are succeeding again.');

    // Flapping: a new failure within the window is not shown, and neither is its recovery.
    hub.push('delivery.alert', alert('partner:a', 'failing'));
    hub.push('delivery.alert', alert('partner:a', 'recovered'));
    expect(shown).toHaveLength(3);

    now += notifyEveryMs;
    hub.push('delivery.alert', alert('partner:a', 'failing'));
    expect(shown).toHaveLength(4);
  });

  it('a click on a problem opens that destination’s undelivered webhooks; on a recovery, just the app', () => {
    const hub = fakeHub();
    const clicks: (() => void)[] = [];
    const opened: (string | null)[] = [];
    notifyDeliveryAlerts(
      hub,
      { isSupported: () => true, show: (_title, _body, onClick) => onClick && clicks.push(onClick) },
      (destinationId) => opened.push(destinationId),
    );
    hub.push('delivery.alert', alert('partner:a', 'failing'));
    hub.push('delivery.alert', alert('partner:a', 'recovered'));
    expect(opened).toEqual([]);
    clicks.forEach((click) => click());
    expect(opened).toEqual(['partner:a', null]);
  });

  it('tells of no recovery nobody was told was a problem', () => {
    const hub = fakeHub();
    const shown: string[] = [];
    notifyDeliveryAlerts(hub, { isSupported: () => true, show: (title) => shown.push(title) }, () => undefined);
    hub.push('delivery.alert', alert('partner:a', 'recovered'));
    expect(shown).toEqual([]);
  });

  it('shows nothing where the OS has no notifications', () => {
    const hub = fakeHub();
    const shown: string[] = [];
    notifyDeliveryAlerts(hub, { isSupported: () => false, show: (title) => shown.push(title) }, () => undefined);
    hub.push('delivery.alert', alert('partner:a', 'failing'));
    expect(shown).toEqual([]);
  });
});
