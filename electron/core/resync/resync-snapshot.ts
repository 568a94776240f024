import type { Check } from '../../../shared/domain/checks';
import type { EventType } from '../../../shared/domain/event-types';
import type { Menu } from '../../../shared/domain/menu';
import {
  resyncEventTypes,
  resyncKinds,
  type ResyncCounts,
  type ResyncKind,
} from '../../../shared/domain/partner-resync';
import type { StoreView } from '../../../shared/domain/store';
import type { DomainEvent } from '../domain/domain-deps';
import { checkPayloadOf } from '../domain/payloads/check-payload';
import { menuPayloadOf } from '../domain/payloads/menu-payload';
import { storePayloadOf } from '../domain/payloads/store-payload';
import { checkSummary } from '../domain/checks/check-service';

/** The restaurant as it is now, read at the moment each event is queued. */
export interface CurrentState {
  store(): StoreView;
  /** Every menu's id, in display order. */
  menuIds(): string[];
  /** A whole menu, or null once deleted. */
  menu(id: string): Menu | null;
  /** Every open check's id, oldest first. */
  openCheckIds(): string[];
  /** A check, or null when it is gone. */
  check(id: string): Check | null;
}

/** One thing a resync sends: which kind, about what. */
export interface ResyncTarget {
  kind: ResyncKind;
  /** The store's, menu's or check's id. */
  id: string;
}

/**
 * What "Send current state" sends a partner subscribed to `subscribed`, in the
 * order it sends it (see `resyncKinds`): the list is fixed when the resync
 * starts, each event's data is read when it is queued (`resyncEvent`).
 */
export function resyncTargets(state: CurrentState, subscribed: readonly EventType[]): ResyncTarget[] {
  const wanted = (kind: ResyncKind): boolean => subscribed.includes(resyncEventTypes[kind]);
  const menuIds = state.menuIds();
  return [
    ...(wanted('store') ? [{ kind: 'store' as const, id: state.store().id }] : []),
    ...(wanted('menuHours') ? menuIds.map((id) => ({ kind: 'menuHours' as const, id })) : []),
    ...(wanted('menu') ? menuIds.map((id) => ({ kind: 'menu' as const, id })) : []),
    ...(wanted('openCheck') ? state.openCheckIds().map((id) => ({ kind: 'openCheck' as const, id })) : []),
  ];
}

/**
 * The event for one target as of now, or null when there is nothing to say any
 * more (the menu was deleted, the check closed: the partner heard that already).
 * Read now rather than when the resync started, so a change made meanwhile is
 * never followed by an older snapshot with a newer sequence. Each `data` comes
 * from the same payload builders as the ordinary event of that type; the summary
 * starts with "Resync" so the Deliveries log says what it was and its search
 * finds them.
 */
export function resyncEvent(target: ResyncTarget, state: CurrentState): DomainEvent<EventType> | null {
  switch (target.kind) {
    case 'store': {
      const store = state.store();
      return {
        type: 'store.updated',
        resource: { type: 'store', id: store.id },
        summary: `Resync · ${store.name}`,
        // Nothing changed: this is what is.
        data: { store: storePayloadOf(store), changes: [] },
      };
    }
    case 'menuHours': {
      const menu = state.menu(target.id);
      if (!menu) return null;
      return {
        type: 'menu.hours.updated',
        resource: { type: 'menu', id: menu.id },
        summary: `Resync · ${menu.name} hours`,
        data: { menu_id: menu.id, name: menu.name, hours: menu.hours },
      };
    }
    case 'menu': {
      const menu = state.menu(target.id);
      if (!menu) return null;
      return {
        type: 'menu.updated',
        resource: { type: 'menu', id: menu.id },
        summary: `Resync · ${menu.name}`,
        data: { menu: menuPayloadOf(menu) },
      };
    }
    case 'openCheck': {
      const check = state.check(target.id);
      if (check?.status !== 'open') return null;
      return {
        type: 'order.created',
        resource: { type: 'order', id: check.id },
        summary: `Resync · ${checkSummary(check)}`,
        data: { check: checkPayloadOf(check) },
      };
    }
  }
}

/** How many of each kind a list holds: what the dialog announces and the summary reports. */
export function resyncCounts(targets: readonly ResyncTarget[]): ResyncCounts {
  const counts = Object.fromEntries(resyncKinds.map((kind) => [kind, 0])) as ResyncCounts;
  for (const target of targets) counts[target.kind] += 1;
  return counts;
}

/** The kinds a partner does not get because it does not subscribe to their event type. */
export function unsubscribedKinds(subscribed: readonly EventType[]): ResyncKind[] {
  return resyncKinds.filter((kind) => !subscribed.includes(resyncEventTypes[kind]));
}
