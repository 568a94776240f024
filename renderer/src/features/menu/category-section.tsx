import { useId, type DragEvent } from 'react';
import type { MenuCategory, MenuItem } from '../../../../shared/domain/menu';
import { ActionsMenu, type MenuAction } from '../../components/actions-menu';
import { MenuItemRow } from './menu-item-row';

/** What the tree hands each row and header; the workspace decides what they do. */
export interface TreeHandlers {
  currency: string;
  selected: ReadonlySet<string>;
  editingId: string | null;
  busyIds: ReadonlySet<string>;
  onSelect: (ids: string[], selected: boolean) => void;
  onEdit: (id: string) => void;
  onStock: (id: string, inStock: boolean) => void;
  rowActions: (item: MenuItem) => (MenuAction | null)[];
  backInStockWords: (item: MenuItem) => string | null;
}

/** Drag props from useDragReorder; absent while searching (a filtered list is not reordered). */
export interface CategoryDrag {
  source: { draggable?: boolean; onDragStart?: (event: DragEvent) => void; onDragEnd?: () => void };
  target: { onDragOver?: (event: DragEvent) => void; onDrop?: (event: DragEvent) => void };
  dragging: boolean;
  over: boolean;
}

interface CategorySectionProps {
  category: MenuCategory;
  handlers: TreeHandlers;
  /** Rename, move up / down, delete; none while searching. */
  actions: (MenuAction | null)[] | null;
  onAddItem: (() => void) | null;
  drag: CategoryDrag | null;
}

/** A category of the tree, with a checkbox that selects all its items at once. */
export function CategorySection({ category, handlers, actions, onAddItem, drag }: CategorySectionProps) {
  const { selected, editingId, busyIds, onSelect, onEdit, onStock, rowActions, backInStockWords } = handlers;
  const headingId = useId();
  const ids = category.items.map((item) => item.id);
  const chosen = ids.filter((id) => selected.has(id)).length;
  const out = category.items.filter((item) => !item.inStock).length;
  const dragClass = drag?.dragging ? ' menu-category-dragging' : drag?.over ? ' menu-category-over' : '';
  return (
    <section className={`card menu-category${dragClass}`} aria-labelledby={headingId} {...drag?.target}>
      <header className="menu-category-head" {...drag?.source}>
        {drag ? (
          <span className="menu-drag-handle" aria-hidden="true" title="Drag to reorder">
            ⠿
          </span>
        ) : null}
        <input
          type="checkbox"
          aria-label={`Select all in ${category.name}`}
          checked={ids.length > 0 && chosen === ids.length}
          ref={(box) => {
            if (box) box.indeterminate = chosen > 0 && chosen < ids.length;
          }}
          disabled={ids.length === 0}
          onChange={(event) => onSelect(ids, event.target.checked)}
        />
        <h2 id={headingId}>{category.name}</h2>
        <span className="menu-category-count">
          {ids.length === 1 ? '1 item' : `${ids.length} items`}
          {out > 0 ? ` · ${out} 86’d` : ''}
        </span>
        {onAddItem ? (
          <button type="button" className="button button-quiet" onClick={onAddItem}>
            + Add item<span className="visually-hidden"> to {category.name}</span>
          </button>
        ) : null}
        {actions ? (
          <ActionsMenu label={`Actions for category ${category.name}`} actions={actions} className="menu-row-actions">
            <span aria-hidden="true">⋯</span>
          </ActionsMenu>
        ) : null}
      </header>
      {ids.length === 0 ? (
        <p className="menu-category-empty">No items in this category yet.</p>
      ) : (
        <ul className="menu-items">
          {category.items.map((item) => (
            <MenuItemRow
              key={item.id}
              item={item}
              currency={handlers.currency}
              backInStockWords={backInStockWords(item)}
              selected={selected.has(item.id)}
              editing={editingId === item.id}
              busy={busyIds.has(item.id)}
              onSelect={(on) => onSelect([item.id], on)}
              onEdit={() => onEdit(item.id)}
              onStock={(inStock) => onStock(item.id, inStock)}
              actions={rowActions(item)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
