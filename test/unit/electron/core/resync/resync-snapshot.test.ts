import { afterEach, describe, expect, it } from 'vitest';
import { hubMethods } from '../../../../../shared/contract';
import type { EventType } from '../../../../../shared/domain/event-types';
import { currentStateOf } from '../../../../../electron/core/resync/current-state';
import {
  resyncCounts,
  resyncEvent,
  resyncTargets,
  unsubscribedKinds,
} from '../../../../../electron/core/resync/resync-snapshot';
import { useTempDir } from '../../../../support/temp-dir';
import { openDomain, type DomainFixture } from '../domain/domain-fixture';

const newDir = useTempDir();
let fx: DomainFixture | undefined;
afterEach(() => {
  fx?.close();
  fx = undefined;
});

/** The sample restaurant with two open checks (the first opened first) and a closed one. */
function restaurant(): DomainFixture {
  fx = openDomain(newDir());
  const line = { itemId: 'itm_margherita', quantity: 1, optionIds: ['opt_margherita_1_2'], notes: '' };
  const open = { source: 'olo' as const, table: '', guests: null, notes: '', lines: [line] };
  fx.office.checks.open({ ...open, table: '4' });
  fx.clock.advance(60_000);
  const closed = fx.office.checks.open(open);
  fx.office.checks.close(closed.id);
  fx.clock.advance(60_000);
  fx.office.checks.open(open);
  return fx;
}

describe('what Send current state sends', () => {
  it('in order: the store, each menu’s hours, each menu, the open checks oldest first', () => {
    const { office } = restaurant();
    const all: EventType[] = ['order.created', 'menu.updated', 'menu.hours.updated', 'store.updated'];
    const targets = resyncTargets(currentStateOf(office), all);
    const menuIds = office.menus.list().map((m) => m.id);
    const openIds = office.checks
      .list('open', 10)
      .map((c) => c.id)
      .reverse();
    expect(targets).toEqual([
      { kind: 'store', id: office.store.get().id },
      ...menuIds.map((id) => ({ kind: 'menuHours', id })),
      ...menuIds.map((id) => ({ kind: 'menu', id })),
      ...openIds.map((id) => ({ kind: 'openCheck', id })),
    ]);
    expect(resyncCounts(targets)).toEqual({ store: 1, menuHours: menuIds.length, menu: menuIds.length, openCheck: 2 });
  });

  it.each<[EventType[], string[]]>([
    [['store.updated'], ['store']],
    [['menu.hours.updated'], ['menuHours']],
    [['menu.updated', 'menu.item.updated'], ['menu']],
    [['order.created', 'order.closed'], ['openCheck']],
    // Open checks go as order.created, the one order event that is the check alone: without it, none.
    [['order.updated', 'order.closed', 'order.cancelled'], []],
    [['webhook.test', 'menu.deleted', 'menu.item.created'], []],
  ])('a partner subscribed to %j gets %j', (subscribed, kinds) => {
    const { office } = restaurant();
    const targets = resyncTargets(currentStateOf(office), subscribed);
    expect([...new Set(targets.map((t) => t.kind))]).toEqual(kinds);
    expect(unsubscribedKinds(subscribed)).toEqual(
      ['store', 'menuHours', 'menu', 'openCheck'].filter((kind) => !kinds.includes(kind)),
    );
  });

  it('carries exactly the data of the ordinary event of its type, and says "Resync" in the log', () => {
    const fixture = restaurant();
    const { office, published } = fixture;
    const ofType = (type: EventType) => fixture.ofType(type);
    const state = currentStateOf(office);
    const [check] = ofType('order.created').slice(-1);
    const openCheckId = office.checks.list('open', 1)[0]?.id ?? '';
    expect(resyncEvent({ kind: 'openCheck', id: openCheckId }, state)).toEqual({
      type: 'order.created',
      resource: { type: 'order', id: openCheckId },
      summary: `Resync · ${check?.summary ?? ''}`,
      data: check?.data,
    });

    published.length = 0;
    office.menus.setInStock(['itm_margherita'], false);
    const [menuUpdated] = ofType('menu.updated');
    const menuId = office.menus.item('itm_margherita').menuId;
    expect(resyncEvent({ kind: 'menu', id: menuId }, state)).toMatchObject({
      type: 'menu.updated',
      resource: { type: 'menu', id: menuId },
      data: menuUpdated?.data,
    });

    office.store.setStatus({ state: 'closed' });
    office.store.setStatus({ state: 'open' });
    const [, reopened] = ofType('store.updated');
    const storeEvent = resyncEvent({ kind: 'store', id: office.store.get().id }, state);
    expect(storeEvent?.data).toEqual({ store: (reopened?.data as { store: unknown }).store, changes: [] });

    const hours = resyncEvent({ kind: 'menuHours', id: menuId }, state);
    expect(hours).toMatchObject({
      type: 'menu.hours.updated',
      data: { menu_id: menuId, name: office.menus.get(menuId).name, hours: office.menus.get(menuId).hours },
    });
    expect(hours?.summary).toMatch(/^Resync · .+ hours$/);
  });

  it('leaves out what is gone by the time its turn comes: a closed check, a deleted menu', () => {
    const { office } = restaurant();
    const state = currentStateOf(office);
    const checkId = office.checks.list('open', 1)[0]?.id ?? '';
    office.checks.close(checkId);
    expect(resyncEvent({ kind: 'openCheck', id: checkId }, state)).toBeNull();
    expect(resyncEvent({ kind: 'menu', id: 'mnu_gone' }, state)).toBeNull();
    expect(resyncEvent({ kind: 'menuHours', id: 'mnu_gone' }, state)).toBeNull();
  });
});

describe('the resync methods’ input', () => {
  it.each(['partners.resyncPlan', 'partners.resync', 'partners.cancelResync'] as const)(
    '%s takes one partner id and nothing else',
    (method) => {
      const input = hubMethods[method].input;
      expect(input.safeParse({ id: 'p1' }).success).toBe(true);
      for (const bad of [{}, { id: '' }, { id: 3 }, { id: 'x'.repeat(65) }, { id: 'p1', jobId: 'j' }, null]) {
        expect(input.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
      }
    },
  );
});
