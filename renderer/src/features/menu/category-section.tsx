import { useId } from 'react';
import type { MenuCategory } from '../../../../shared/domain/menu';
import { MenuItemRow } from './menu-item-row';

interface CategorySectionProps {
  category: MenuCategory;
  currency: string;
  selected: ReadonlySet<string>;
  editingId: string | null;
  busyIds: ReadonlySet<string>;
  onSelect: (ids: string[], selected: boolean) => void;
  onEdit: (id: string) => void;
  onStock: (id: string, inStock: boolean) => void;
}

/** A category of the tree, with a checkbox that selects all its items at once. */
export function CategorySection(props: CategorySectionProps) {
  const { category, currency, selected, editingId, busyIds, onSelect, onEdit, onStock } = props;
  const headingId = useId();
  const ids = category.items.map((item) => item.id);
  const chosen = ids.filter((id) => selected.has(id)).length;
  const out = category.items.filter((item) => !item.inStock).length;
  return (
    <section className="card menu-category" aria-labelledby={headingId}>
      <header className="menu-category-head">
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
      </header>
      {ids.length === 0 ? (
        <p className="menu-category-empty">No items in this category.</p>
      ) : (
        <ul className="menu-items">
          {category.items.map((item) => (
            <MenuItemRow
              key={item.id}
              item={item}
              currency={currency}
              selected={selected.has(item.id)}
              editing={editingId === item.id}
              busy={busyIds.has(item.id)}
              onSelect={(on) => onSelect([item.id], on)}
              onEdit={() => onEdit(item.id)}
              onStock={(inStock) => onStock(item.id, inStock)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
