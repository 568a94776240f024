import type { BackInStock } from '../../../../shared/domain/back-in-stock';
import type { WeeklyHours } from '../../../../shared/domain/hours';
import type { MenuAction } from '../../components/actions-menu';
import type { StoreClock } from '../../time/store-clock';
import { backInStockChoices } from './back-in-stock-words';

interface BackInStockActionsOptions {
  clock: StoreClock;
  /** The menu's hours, for "tomorrow's opening"; null when the items span menus (each uses its own). */
  hours: WeeklyHours | null;
  onChoose: (until: BackInStock) => void;
  onPickTime: () => void;
}

/**
 * "86 until end of day", "86 until tomorrow's opening" (each with the store time
 * it means) and "86 until a time…", for an item's actions and the bulk bar alike.
 */
export function backInStockActions({ clock, hours, onChoose, onPickTime }: BackInStockActionsOptions): MenuAction[] {
  return [
    ...backInStockChoices(clock, hours).map((choice) => ({
      label: choice.label,
      detail: choice.detail ?? 'no menu hours',
      disabled: choice.detail === null,
      onSelect: () => onChoose(choice.choice),
    })),
    { label: '86 until a time…', onSelect: onPickTime },
  ];
}
