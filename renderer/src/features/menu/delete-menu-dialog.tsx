import type { Menu } from '../../../../shared/domain/menu';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Dialog } from '../../components/dialog';
import { WhoWillReceive } from '../../components/who-will-receive';
import { deleteMenuEvents } from './menu-events';

interface DeleteMenuDialogProps {
  menu: Menu;
  onDelete: () => Promise<string | null>;
  onClose: () => void;
}

/**
 * Asks before a menu is deleted. A menu that still holds items is not deleted:
 * the dialog says how to empty it first (the core refuses it too).
 */
export function DeleteMenuDialog({ menu, onDelete, onClose }: DeleteMenuDialogProps) {
  const items = menu.categories.reduce((count, category) => count + category.items.length, 0);
  if (items > 0) {
    return (
      <Dialog
        role="alertdialog"
        title={`${menu.name} still holds items`}
        description={
          <p>
            {menu.name} has {items === 1 ? '1 item' : `${items} items`}. Delete its categories first — each asks where
            its items go, which can be another menu — or delete the items; then the menu can go.
          </p>
        }
        onClose={onClose}
        footer={
          <button type="button" className="button" data-autofocus onClick={onClose}>
            Close
          </button>
        }
      />
    );
  }
  return (
    <ConfirmDialog
      title={`Delete the menu ${menu.name}?`}
      description={
        <>
          <p>
            {menu.categories.length > 0
              ? `Its ${menu.categories.length === 1 ? 'empty category goes' : 'empty categories go'} with it. `
              : ''}
            Partners are told the menu is gone.
          </p>
          <WhoWillReceive eventTypes={deleteMenuEvents} />
        </>
      }
      confirmLabel="Delete menu"
      danger
      onConfirm={onDelete}
      onClose={onClose}
    />
  );
}
