import type { MenuItem } from '../../../../shared/domain/menu';
import { showMoney } from '../../forms/show-money';
import { Switch } from '../../components/switch';

interface MenuItemRowProps {
  item: MenuItem;
  currency: string;
  selected: boolean;
  editing: boolean;
  busy: boolean;
  onSelect: (selected: boolean) => void;
  onEdit: () => void;
  /** The one-click 86 toggle: saves at once, no Save button. */
  onStock: (inStock: boolean) => void;
}

/** One item in the tree: pick it for bulk changes, open it in the editor, or 86 it in one click. */
export function MenuItemRow({ item, currency, selected, editing, busy, onSelect, onEdit, onStock }: MenuItemRowProps) {
  return (
    <li className={`menu-item${item.inStock ? '' : ' menu-item-out'}${editing ? ' menu-item-editing' : ''}`}>
      <input
        type="checkbox"
        className="menu-item-check"
        aria-label={`Select ${item.name}`}
        checked={selected}
        onChange={(event) => onSelect(event.target.checked)}
      />
      <button
        type="button"
        className="menu-item-main"
        aria-label={`Edit ${item.name}`}
        aria-current={editing ? 'true' : undefined}
        onClick={onEdit}
      >
        <span className="menu-item-name">{item.name}</span>
        {item.description ? <span className="menu-item-description">{item.description}</span> : null}
      </button>
      <span className="menu-item-price">{showMoney(item.price, currency)}</span>
      <Switch
        checked={item.inStock}
        label={`${item.name} in stock`}
        onText="In stock"
        offText="86’d"
        disabled={busy}
        onChange={onStock}
      />
    </li>
  );
}
