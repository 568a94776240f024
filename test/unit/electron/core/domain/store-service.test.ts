import { afterEach, describe, expect, it } from 'vitest';
import type { StoreInput, StoreView } from '../../../../../shared/domain/store';
import { useTempDir } from '../../../../support/temp-dir';
import { openDomain, type DomainFixture } from './domain-fixture';

const newDir = useTempDir();
let fx: DomainFixture;
afterEach(() => fx.close());

const inputOf = ({ id: _id, updatedAt: _at, ...input }: StoreView): StoreInput => input;

describe('StoreService', () => {
  it('publishes store.updated with the whole store and the changed fields, in the save’s transaction', () => {
    fx = openDomain(newDir());
    const before = fx.office.store.get();
    fx.clock.advance(60_000);
    const saved = fx.office.store.save({
      ...inputOf(before),
      hours: { ...before.hours, monday: [{ start: '17:00', end: '23:00' }] },
    });

    expect(saved.changed).toBe(true);
    expect(saved.value.hours.monday).toEqual([{ start: '17:00', end: '23:00' }]);
    expect(fx.published).toHaveLength(1);
    expect(fx.published[0]).toMatchObject({
      type: 'store.updated',
      resource: { type: 'store', id: 'store_test' },
      data: {
        store: { id: 'store_test', name: 'Trattoria Aurora', hours: { monday: [{ start: '17:00', end: '23:00' }] } },
        changes: [{ field: 'hours' }],
      },
    });
    expect(fx.office.store.get().updatedAt).not.toBe(before.updatedAt);
  });

  it('publishes nothing and writes nothing for a save that changes nothing', () => {
    fx = openDomain(newDir());
    const before = fx.office.store.get();
    fx.clock.advance(60_000);
    expect(fx.office.store.save(inputOf(before)).changed).toBe(false);
    expect(fx.office.store.setStatus({ state: 'open' }).changed).toBe(false);
    expect(fx.published).toEqual([]);
    expect(fx.office.store.get()).toEqual(before);
  });

  it('sets busy and paused statuses, and refuses a pause that already ended', () => {
    fx = openDomain(newDir());
    fx.office.store.setStatus({ state: 'busy', delayMinutes: 20 });
    expect(fx.office.store.get().status).toEqual({ state: 'busy', delayMinutes: 20 });
    fx.office.store.setStatus({ state: 'paused', until: '2026-11-20T20:30:00.000+01:00' });
    expect(fx.ofType('store.updated').map((e) => (e.data as { store: { status: unknown } }).store.status)).toEqual([
      { state: 'busy', delay_minutes: 20 },
      { state: 'paused', until: '2026-11-20T20:30:00.000+01:00' },
    ]);
    expect(() => fx.office.store.setStatus({ state: 'paused', until: '2026-11-20T17:00:00.000+00:00' })).toThrow(
      /future/,
    );
    expect(fx.office.store.get().status.state).toBe('paused');
  });

  it('saves nothing when publishing its event fails', () => {
    fx = openDomain(newDir());
    fx.failNextPublish();
    expect(() => fx.office.store.setStatus({ state: 'closed' })).toThrow(/outbox write failed/);
    expect(fx.office.store.get().status).toEqual({ state: 'open' });
    expect(fx.published).toEqual([]);
  });
});

describe('a currency change', () => {
  it('republishes every menu, since every price now means another currency', () => {
    fx = openDomain(newDir());
    fx.office.store.save({ ...inputOf(fx.office.store.get()), currency: 'CHF' });
    expect(fx.published.map((e) => `${e.type} ${e.resource.id}`)).toEqual([
      'store.updated store_test',
      'menu.updated mnu_main',
      'menu.updated mnu_late',
    ]);
    const menu = fx.published[1]?.data as { menu: { categories: { items: { price: { currency: string } }[] }[] } };
    expect(menu.menu.categories[0]?.items[0]?.price.currency).toBe('CHF');
  });
});
