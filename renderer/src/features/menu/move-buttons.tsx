interface MoveButtonsProps {
  /** What moves, as the buttons' names say it: "Move Size up". */
  called: string;
  /** Position from 1, and how many there are: the first cannot go up, the last cannot go down. */
  number: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
}

/** ↑ and ↓ for a modifier group or option: the keyboard's way to reorder, named for screen readers. */
export function MoveButtons({ called, number, count, onMove }: MoveButtonsProps) {
  return (
    <>
      <button
        type="button"
        className="button button-quiet modifier-icon"
        aria-label={`Move ${called} up`}
        disabled={number === 1}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button-quiet modifier-icon"
        aria-label={`Move ${called} down`}
        disabled={number === count}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
    </>
  );
}
