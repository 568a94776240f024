import { pending } from '../../domain/pending';
import type { HandlerGroup } from '../handlers';

type MenuMethods =
  | 'menus.list'
  | 'menus.get'
  | 'menu.items.save'
  | 'menu.items.delete'
  | 'menu.items.setInStock'
  | 'menu.items.setPrice'
  | 'menu.hours.save';

/** Routes the menus.* and menu.* methods. */
export function menuRoutes(): HandlerGroup<MenuMethods> {
  return {
    'menus.list': pending,
    'menus.get': pending,
    'menu.items.save': pending,
    'menu.items.delete': pending,
    'menu.items.setInStock': pending,
    'menu.items.setPrice': pending,
    'menu.hours.save': pending,
  };
}
