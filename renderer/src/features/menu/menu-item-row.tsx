import type { MenuItem } from '../../../../shared/domain/menu';
import { ActionsMenu, type MenuAction } from '../../components/actions-menu';
import { showMoney } from '../../forms/show-money';
import { Switch } from '../../components/switch';

interface MenuItemRowProps {
  item: MenuItem;
  currency: string;
  /** "until Tue 17:30" for an item 86'd until later, in store time. */
  backInStockWords: string | null;
  selected: boolean;
  editing: boolean;
  busy: boolean;
  onSelect: (selected: boolean) => void;
  onEdit: () => void;
  /** The one-click 86 toggle: saves at once, no Save button. */
  onStock: (inStock: boolean) => void;
  /** Duplicate, 86 until later, delete. */
  actions: readonly (MenuAction | null)[];
}

/** One item in the tree: pick it for bulk changes, open it in the editor, 86 it in one click, or more. */
export function MenuItemRow(props: MenuItemRowProps) {
  const { item, currency, backInStockWords, selected, editing, busy, onSelect, onEdit, onStock, actions } = props;
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
        {backInStockWords ? <span className="menu-item-until">86’d {backInStockWords}</span> : null}
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
      <ActionsMenu
        label={`More actions for ${item.name}`}
        actions={actions}
        disabled={busy}
        className="menu-row-actions"
      >
        <span aria-hidden="true">⋯</span>
      </ActionsMenu>
    </li>
  );
}
