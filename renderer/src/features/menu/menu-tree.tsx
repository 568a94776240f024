import type { Menu, MenuCategory } from '../../../../shared/domain/menu';
import type { MenuAction } from '../../components/actions-menu';
import { WhoWillReceive } from '../../components/who-will-receive';
import { shifted } from '../../forms/list-order';
import { CategorySection, type TreeHandlers } from './category-section';
import { structureEvents } from './menu-events';
import { searchMenu } from './menu-search';
import { useDragReorder } from './use-drag-reorder';

interface MenuTreeProps {
  menu: Menu;
  query: string;
  /** While searching every menu, each menu's results sit under its name. */
  withHeading: boolean;
  handlers: TreeHandlers;
  onAddItem: (categoryId: string) => void;
  onAddCategory: () => void;
  onRenameCategory: (category: MenuCategory) => void;
  onDeleteCategory: (category: MenuCategory) => void;
  onReorderCategories: (ids: string[]) => void;
}

/**
 * One menu's categories and items. Unfiltered, the categories can be added,
 * renamed, deleted and reordered (dragged, or Move up / Move down from their
 * actions); while searching only the matching items show, and the shape is left alone.
 */
export function MenuTree(props: MenuTreeProps) {
  const { menu, query, withHeading, handlers, onAddItem, onAddCategory, onRenameCategory, onDeleteCategory } = props;
  const searching = query.trim() !== '';
  const categories = searchMenu(menu, query);
  const ids = menu.categories.map((category) => category.id);
  const drag = useDragReorder(ids, props.onReorderCategories, !searching);

  const actionsFor = (category: MenuCategory, index: number): (MenuAction | null)[] => [
    { label: 'Rename…', onSelect: () => onRenameCategory(category) },
    { label: 'Move up', disabled: index === 0, onSelect: () => props.onReorderCategories(shifted(ids, index, -1)) },
    {
      label: 'Move down',
      disabled: index === ids.length - 1,
      onSelect: () => props.onReorderCategories(shifted(ids, index, 1)),
    },
    null,
    { label: 'Delete category…', danger: true, onSelect: () => onDeleteCategory(category) },
  ];

  return (
    <div
      className={`menu-tree-menu${searching ? ' menu-tree-searching' : ''}`}
      role="group"
      aria-label={`${menu.name} categories`}
    >
      {withHeading ? <h2 className="menu-tree-heading">{menu.name}</h2> : null}
      {searching ? null : (
        <div className="menu-structure-bar">
          <button type="button" className="button" onClick={onAddCategory}>
            + Add category
          </button>
          <WhoWillReceive eventTypes={structureEvents} />
        </div>
      )}
      {categories.length === 0 ? (
        <div className="card card-padded empty-state">
          <p>
            {searching
              ? `Nothing in ${menu.name} matches “${query.trim()}”.`
              : `${menu.name} has no categories yet. Add one, then add its items.`}
          </p>
        </div>
      ) : null}
      {categories.map((category, index) => (
        <CategorySection
          key={category.id}
          category={category}
          handlers={handlers}
          actions={searching ? null : actionsFor(category, index)}
          onAddItem={searching ? null : () => onAddItem(category.id)}
          drag={
            searching
              ? null
              : {
                  source: drag.sourceProps(category.id),
                  target: drag.targetProps(category.id),
                  dragging: drag.dragging === category.id,
                  over: drag.over === category.id && drag.dragging !== category.id,
                }
          }
        />
      ))}
    </div>
  );
}
