import { describe, expect, it } from 'vitest';
import type { ResyncProgress } from '../../../../shared/domain/partner-resync';
import {
  resyncContents,
  resyncPlanLines,
  resyncRunningLine,
  resyncSummary,
} from '../../../../renderer/src/features/partners/resync-words';

const progress = (overrides: Partial<ResyncProgress>): ResyncProgress => ({
  jobId: 'resync_1',
  partnerId: 'p1',
  partnerName: 'Deliveroo',
  state: 'running',
  counts: { store: 1, menuHours: 4, menu: 4, openCheck: 24 },
  total: 33,
  queued: 13,
  delivered: 12,
  missed: [],
  waiting: null,
  stoppedReason: null,
  ...overrides,
});

describe('the words of Send current state', () => {
  it('names what a resync holds, menus first, leaving out what it does not', () => {
    expect(resyncContents({ store: 1, menuHours: 4, menu: 4, openCheck: 24 })).toBe(
      '4 menus, menu hours, the store, 24 open checks',
    );
    expect(resyncContents({ store: 0, menuHours: 0, menu: 1, openCheck: 1 })).toBe('1 menu, 1 open check');
    expect(resyncPlanLines({ store: 0, menuHours: 1, menu: 0, openCheck: 0 })).toEqual([
      { kind: 'menuHours', text: 'Menu hours: 1 event, one per menu' },
    ]);
  });

  it('counts what arrived while it runs', () => {
    expect(resyncRunningLine(progress({}))).toBe('12 of 33 delivered');
  });

  it('sums it up: all sent, some missing, cancelled with one still on its way, stopped', () => {
    expect(resyncSummary(progress({ state: 'finished', queued: 33, delivered: 33 }))).toBe(
      'Sent 33 events to Deliveroo: 4 menus, menu hours, the store, 24 open checks.',
    );
    const missed = [{ deliveryId: 7, summary: 'Resync · Lunch hours', eventType: 'menu.hours.updated' as const }];
    expect(resyncSummary(progress({ state: 'finished', queued: 33, delivered: 32, missed }))).toBe(
      'Sent 32 of 33 events to Deliveroo; 1 event did not arrive.',
    );
    expect(resyncSummary(progress({ state: 'cancelled' }))).toBe(
      'Cancelled. 12 of 33 delivered; 1 already queued still arrives; 20 not sent.',
    );
    expect(resyncSummary(progress({ state: 'stopped', queued: 12, stoppedReason: 'Deliveroo was disabled.' }))).toBe(
      'Stopped: Deliveroo was disabled. 12 of 33 delivered; 21 not sent.',
    );
  });
});
