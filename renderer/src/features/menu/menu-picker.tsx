import type { MenuSummary } from '../../../../shared/domain/menu';
import { useDragReorder } from './use-drag-reorder';
import './menu-picker.css';

interface MenuPickerProps {
  summaries: readonly MenuSummary[];
  chosenId: string;
  onChoose: (id: string) => void;
  /** While searching: how many items each menu has that match. */
  matches?: Record<string, number> | null;
  /** Where menus can be reordered (the Menu page), dropping one on another moves it there. */
  onReorder?: (ids: string[]) => void;
}

/** The top of the tree: one button per menu, with its size and how much is 86'd; drag one to reorder. */
export function MenuPicker({ summaries, chosenId, onChoose, matches = null, onReorder }: MenuPickerProps) {
  const drag = useDragReorder(
    summaries.map((summary) => summary.id),
    (ids) => onReorder?.(ids),
    matches === null && onReorder !== undefined,
  );
  return (
    <nav className="menu-picker" aria-label="Menus">
      {summaries.map((summary) => (
        <button
          key={summary.id}
          type="button"
          className={`menu-picker-button${drag.over === summary.id && drag.dragging !== summary.id ? ' menu-picker-over' : ''}`}
          aria-pressed={matches === null && summary.id === chosenId}
          onClick={() => onChoose(summary.id)}
          {...drag.sourceProps(summary.id)}
          {...drag.targetProps(summary.id)}
        >
          <span className="menu-picker-name">{summary.name}</span>
          <span className="menu-picker-meta">
            {matches
              ? `${matches[summary.id] ?? 0} found`
              : `${summary.itemCount} items${summary.outOfStockCount > 0 ? ` · ${summary.outOfStockCount} 86’d` : ''}`}
          </span>
        </button>
      ))}
    </nav>
  );
}
