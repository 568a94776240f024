import type { MenuItem } from '../../../../shared/domain/menu';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { WhoWillReceive } from '../../components/who-will-receive';
import { deleteItemEvents } from './menu-events';

interface DeleteItemDialogProps {
  item: MenuItem;
  onDelete: () => Promise<string | null>;
  onClose: () => void;
}

/** Asks before an item is deleted, naming who will be told; checks already rung up keep it. */
export function DeleteItemDialog({ item, onDelete, onClose }: DeleteItemDialogProps) {
  return (
    <ConfirmDialog
      title={`Delete ${item.name}?`}
      description={
        <>
          <p>
            {item.name} is removed from the menu and partners are told it is gone. Checks already rung up keep it as it
            was.
          </p>
          <WhoWillReceive eventTypes={deleteItemEvents} />
        </>
      }
      confirmLabel="Delete item"
      danger
      onConfirm={onDelete}
      onClose={onClose}
    />
  );
}
