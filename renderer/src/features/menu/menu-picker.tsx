import type { MenuSummary } from '../../../../shared/domain/menu';
import './menu-picker.css';

interface MenuPickerProps {
  summaries: readonly MenuSummary[];
  chosenId: string;
  onChoose: (id: string) => void;
}

/** The top of the tree: one button per menu, with its size and how much is 86'd. */
export function MenuPicker({ summaries, chosenId, onChoose }: MenuPickerProps) {
  return (
    <nav className="menu-picker" aria-label="Menus">
      {summaries.map((summary) => (
        <button
          key={summary.id}
          type="button"
          className="menu-picker-button"
          aria-pressed={summary.id === chosenId}
          onClick={() => onChoose(summary.id)}
        >
          <span className="menu-picker-name">{summary.name}</span>
          <span className="menu-picker-meta">
            {summary.itemCount} items
            {summary.outOfStockCount > 0 ? ` · ${summary.outOfStockCount} 86’d` : ''}
          </span>
        </button>
      ))}
    </nav>
  );
}
