import { backInStockTime, type BackInStock } from '../../../../shared/domain/back-in-stock';
import { sameHours, type WeeklyHours } from '../../../../shared/domain/hours';
import type { Menu, MenuItem, MenuItemInput, MenuSummary, ModifierGroup } from '../../../../shared/domain/menu';
import { storeNameMaxLength } from '../../../../shared/domain/store';
import { HubFailure } from '../../api/hub-failure';
import { isoOf, newId, type DomainDeps } from '../domain-deps';
import { itemChanges, itemPayloadOf, menuPayloadOf } from '../payloads/menu-payload';
import type { Saved } from '../store/store-service';
import { MenuReader, type StoreContext } from './menu-reader';
import { MenuWriter } from './menu-writer';

/** How far ahead an item may be 86'd "until": a year is already a menu change. */
const maxBackInStockMs = 366 * 24 * 3_600_000;

/**
 * Menus, items and menu hours. Every change publishes its events in the same
 * transaction: a new item → `menu.item.created`, a change → `menu.item.updated`
 * (item + `changes[]`), a deletion → `menu.item.deleted`, each with one
 * `menu.updated` per affected menu; hours → `menu.hours.updated`. A save that
 * changes nothing publishes nothing, and a bulk edit publishes one `menu.updated`.
 */
export class MenuService {
  readonly reader: MenuReader;
  readonly writer: MenuWriter;

  constructor(
    private readonly deps: DomainDeps,
    /** The store's currency and time zone: every price and time is in them. */
    private readonly store: () => StoreContext,
  ) {
    this.reader = new MenuReader(deps.db);
    this.writer = new MenuWriter(deps.db);
  }

  list(): MenuSummary[] {
    return this.reader.list();
  }

  /** One whole menu, or null when there is none by that id (any more). */
  find(id: string): Menu | null {
    return this.reader.find(id, this.store());
  }

  get(id: string): Menu {
    const menu = this.find(id);
    if (!menu) throw HubFailure.notFound('This menu');
    return menu;
  }

  item(id: string): MenuItem {
    const item = this.reader.findItem(id);
    if (!item) throw HubFailure.notFound('This item');
    return item;
  }

  /** Creates (no id) or updates one item, its modifier groups included. */
  saveItem(input: MenuItemInput): Saved<MenuItem> {
    return this.deps.transaction(() => {
      const menuId = this.writer.menuOfCategory(input.categoryId);
      if (!menuId) throw HubFailure.invalidField('categoryId', 'Choose a category of this menu.');
      const now = this.deps.clock.now().getTime();
      if (input.id === undefined) {
        const id = newId('itm');
        this.writer.insertItem(id, input, now);
        this.writer.replaceGroups(id, withIds(input.modifierGroups, []));
        return { value: this.itemCreated(id, now), changed: true };
      }
      const before = this.item(input.id);
      const candidate: MenuItem = {
        ...before,
        ...input,
        id: before.id,
        menuId,
        backInStockAt: input.inStock ? null : before.backInStockAt,
        modifierGroups: withIds(input.modifierGroups, before.modifierGroups),
      };
      const { currency } = this.store();
      const changes = itemChanges(itemPayloadOf(before, currency), itemPayloadOf(candidate, currency));
      if (changes.length === 0) return { value: before, changed: false };
      this.writer.updateItem(before.id, input, now);
      if (changes.some((c) => c.field === 'modifier_groups'))
        this.writer.replaceGroups(before.id, candidate.modifierGroups);
      this.itemsChanged([before], now);
      return { value: this.item(before.id), changed: true };
    });
  }

  /** Copies an item — price, picture, modifiers (with new ids) — right after the original, as "… (copy)". */
  duplicateItem(id: string): MenuItem {
    return this.deps.transaction(() => {
      const original = this.item(id);
      const now = this.deps.clock.now().getTime();
      const copyId = newId('itm');
      const suffix = ' (copy)';
      const name = `${original.name.slice(0, storeNameMaxLength - suffix.length)}${suffix}`;
      this.writer.insertItem(copyId, { ...original, name }, now, original.id);
      this.writer.replaceGroups(copyId, withIds(original.modifierGroups, []));
      return this.itemCreated(copyId, now);
    });
  }

  /** Deletes an item and tells partners with `menu.item.deleted`; checks keep their snapshot of it. */
  deleteItem(id: string): void {
    this.deps.transaction(() => {
      const item = this.item(id);
      const now = this.deps.clock.now().getTime();
      this.writer.deleteItem(id);
      this.deps.publish({
        type: 'menu.item.deleted',
        resource: { type: 'item', id },
        summary: item.name,
        data: { item: itemPayloadOf(item, this.store().currency), deleted_at: isoOf(now) },
      });
      this.menusChanged([item.menuId], now);
    });
  }

  /**
   * 86s (or un-86s) many items: one `menu.item.updated` per changed item, one
   * `menu.updated` per menu. With `until` they come back in stock by themselves
   * at that time (each item's menu decides when it next opens).
   */
  setInStock(ids: readonly string[], inStock: boolean, until?: BackInStock): Saved<MenuItem[]> {
    const comeback = until ? this.comebackFor(until) : () => null;
    return this.bulk(
      ids.map((id, i) => ({ id, path: `ids.${i}` })),
      (item) => {
        if (item.inStock !== inStock) return true;
        const at = inStock ? null : comeback(item);
        return (item.backInStockAt === null ? null : Date.parse(item.backInStockAt)) !== at;
      },
      (item, now) => this.writer.setInStock(item.id, inStock, inStock ? null : comeback(item), now),
    );
  }

  /** Brings back every item whose "86 until" time has come; true when any came back. */
  bringBackDue(): boolean {
    const due = this.writer.dueBackInStock(this.deps.clock.now().getTime());
    return due.length > 0 && this.setInStock(due, true).changed;
  }

  /** New prices for many items, with the same events rule as `setInStock`. */
  setPrices(prices: readonly { id: string; price: number }[]): Saved<MenuItem[]> {
    const priceOf = new Map(prices.map((p) => [p.id, p.price]));
    return this.bulk(
      prices.map(({ id }, i) => ({ id, path: `prices.${i}.id` })),
      (item) => item.price !== priceOf.get(item.id),
      (item, now) => this.writer.setPrice(item.id, priceOf.get(item.id) ?? item.price, now),
    );
  }

  /** Replaces a menu's weekly hours; publishes `menu.hours.updated` when they changed. */
  saveHours(menuId: string, hours: WeeklyHours): Saved<WeeklyHours> {
    return this.deps.transaction(() => {
      const before = this.get(menuId);
      if (sameHours(before.hours, hours)) return { value: before.hours, changed: false };
      this.writer.setHours(menuId, hours, this.deps.clock.now().getTime());
      this.deps.publish({
        type: 'menu.hours.updated',
        resource: { type: 'menu', id: menuId },
        summary: `${before.name} hours`,
        data: { menu_id: menuId, name: before.name, hours },
      });
      return { value: hours, changed: true };
    });
  }

  /**
   * When an item 86'd with `until` comes back, per item (its menu's hours), as epoch
   * ms. Refuses a time in the past, more than a year ahead, or a menu without hours.
   */
  private comebackFor(until: BackInStock): (item: MenuItem) => number {
    const now = this.deps.clock.now().getTime();
    const { timezone } = this.store();
    const byMenu = new Map<string, number | null>();
    return (item) => {
      if (!byMenu.has(item.menuId)) {
        byMenu.set(item.menuId, backInStockTime(until, now, timezone, this.get(item.menuId).hours));
      }
      const at = byMenu.get(item.menuId) ?? null;
      if (at === null) {
        throw HubFailure.invalidField(
          'until',
          `${item.name}’s menu has no opening hours to come back at; choose a time.`,
        );
      }
      if (at <= now) throw HubFailure.invalidField('until.at', 'Choose a time in the future.');
      if (at - now > maxBackInStockMs) throw HubFailure.invalidField('until.at', 'Choose a time within a year.');
      return at;
    };
  }

  private bulk(
    targets: readonly { id: string; path: string }[],
    differs: (item: MenuItem) => boolean,
    write: (item: MenuItem, now: number) => void,
  ): Saved<MenuItem[]> {
    return this.deps.transaction(() => {
      const items = targets.map(({ id, path }) => {
        const item = this.reader.findItem(id);
        // Every id is checked before anything is written: nothing is saved on error.
        if (!item) throw HubFailure.invalidField(path, 'This item no longer exists.');
        return item;
      });
      const changing = items.filter(differs);
      if (changing.length === 0) return { value: items, changed: false };
      const now = this.deps.clock.now().getTime();
      for (const item of changing) write(item, now);
      this.itemsChanged(changing, now);
      return { value: items.map((item) => this.item(item.id)), changed: true };
    });
  }

  /** Publishes `menu.item.created` for a new item (already written) and `menu.updated` for its menu. */
  private itemCreated(id: string, now: number): MenuItem {
    const item = this.item(id);
    this.deps.publish({
      type: 'menu.item.created',
      resource: { type: 'item', id },
      summary: item.name,
      data: { item: itemPayloadOf(item, this.store().currency) },
    });
    this.menusChanged([item.menuId], now);
    return this.item(id);
  }

  /** Publishes `menu.item.updated` for each item (already written) and `menu.updated` once per menu. */
  itemsChanged(before: readonly MenuItem[], now: number): void {
    const { currency } = this.store();
    const menuIds = new Set<string>();
    for (const old of before) {
      const after = this.item(old.id);
      menuIds.add(old.menuId).add(after.menuId);
      this.deps.publish({
        type: 'menu.item.updated',
        resource: { type: 'item', id: after.id },
        summary: after.name,
        data: {
          item: itemPayloadOf(after, currency),
          changes: itemChanges(itemPayloadOf(old, currency), itemPayloadOf(after, currency)),
        },
      });
    }
    this.menusChanged([...menuIds], now);
  }

  /** Publishes `menu.updated` for menus whose content changed (or whose prices now mean another currency). */
  menusChanged(menuIds: readonly string[], now: number): void {
    for (const menuId of menuIds) {
      this.writer.touchMenu(menuId, now);
      const menu = this.get(menuId);
      this.deps.publish({
        type: 'menu.updated',
        resource: { type: 'menu', id: menuId },
        summary: menu.name,
        data: { menu: menuPayloadOf(menu) },
      });
    }
  }
}

/**
 * Gives every group and option an id: the caller's when it names one of this
 * item's existing groups/options (so check lines keep pointing at them), else new.
 */
function withIds(groups: MenuItemInput['modifierGroups'], existing: readonly ModifierGroup[]): ModifierGroup[] {
  const groupIds = new Set(existing.map((g) => g.id));
  const optionIds = new Set(existing.flatMap((g) => g.options.map((o) => o.id)));
  const keep = (id: string | undefined, known: Set<string>, prefix: string): string => {
    const kept = id !== undefined && known.has(id) ? id : newId(prefix);
    known.delete(kept); // an id listed twice must not be reused twice
    return kept;
  };
  return groups.map((group) => ({
    id: keep(group.id, groupIds, 'mgp'),
    name: group.name,
    required: group.required,
    minChoices: group.minChoices,
    maxChoices: group.maxChoices,
    options: group.options.map((option) => ({
      id: keep(option.id, optionIds, 'opt'),
      name: option.name,
      price: option.price,
      inStock: option.inStock,
    })),
  }));
}
