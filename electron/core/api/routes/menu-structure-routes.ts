import type { MenuStructureService } from '../../domain/menu/menu-structure-service';
import type { EventBus } from '../../events/event-bus';
import type { HandlerGroup } from '../handlers';

type StructureMethods =
  | 'menus.save'
  | 'menus.reorder'
  | 'menus.delete'
  | 'menu.categories.save'
  | 'menu.categories.reorder'
  | 'menu.categories.delete';

/** Routes the methods that change the shape of the menus; a change tells other windows to refetch. */
export function menuStructureRoutes(structure: MenuStructureService, events: EventBus): HandlerGroup<StructureMethods> {
  const answer = <T>(saved: { value: T; changed: boolean }): T => {
    if (saved.changed) events.emit('domain.changed', { scope: 'menus' });
    return saved.value;
  };
  return {
    'menus.save': (input) => answer(structure.saveMenu(input)),
    'menus.reorder': ({ ids }) => answer(structure.reorderMenus(ids)),
    'menus.delete': ({ id }) => {
      structure.deleteMenu(id);
      return answer({ value: { id }, changed: true });
    },
    'menu.categories.save': (input) => answer(structure.saveCategory(input)),
    'menu.categories.reorder': ({ menuId, ids }) => answer(structure.reorderCategories(menuId, ids)),
    'menu.categories.delete': (input) => answer({ value: structure.deleteCategory(input).menus, changed: true }),
  };
}
