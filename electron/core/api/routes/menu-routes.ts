import type { MenuService } from '../../domain/menu/menu-service';
import type { EventBus } from '../../events/event-bus';
import type { HandlerGroup } from '../handlers';

type MenuMethods =
  | 'menus.list'
  | 'menus.get'
  | 'menu.items.save'
  | 'menu.items.duplicate'
  | 'menu.items.delete'
  | 'menu.items.setInStock'
  | 'menu.items.setPrice'
  | 'menu.hours.save';

/** Routes the menus.* and menu.* methods; a change tells other windows to refetch. */
export function menuRoutes(menus: MenuService, events: EventBus): HandlerGroup<MenuMethods> {
  const answer = <T>(saved: { value: T; changed: boolean }): T => {
    if (saved.changed) events.emit('domain.changed', { scope: 'menus' });
    return saved.value;
  };
  return {
    'menus.list': () => menus.list(),
    'menus.get': ({ id }) => menus.get(id),
    'menu.items.save': (input) => answer(menus.saveItem(input)),
    'menu.items.duplicate': ({ id }) => answer({ value: menus.duplicateItem(id), changed: true }),
    'menu.items.delete': ({ id }) => {
      menus.deleteItem(id);
      return answer({ value: { id }, changed: true });
    },
    'menu.items.setInStock': ({ ids, inStock, until }) => answer(menus.setInStock(ids, inStock, until)),
    'menu.items.setPrice': ({ prices }) => answer(menus.setPrices(prices)),
    'menu.hours.save': ({ menuId, hours }) => answer(menus.saveHours(menuId, hours)),
  };
}
