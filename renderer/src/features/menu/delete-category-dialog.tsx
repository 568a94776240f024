import { useEffect, useState } from 'react';
import type { Menu, MenuCategory } from '../../../../shared/domain/menu';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FieldFrame } from '../../components/field-frame';
import { WhoWillReceive } from '../../components/who-will-receive';
import { useAppStore } from '../../store/store-context';
import { moveItemsEvents, structureEvents } from './menu-events';

interface DeleteCategoryDialogProps {
  category: MenuCategory;
  menu: Menu;
  onDelete: (moveItemsTo: string | undefined) => Promise<string | null>;
  onClose: () => void;
}

/**
 * Asks before a category is deleted. One that still holds items cannot simply
 * go: its items move to a category chosen here (of any menu), after that
 * category's own items, and partners hear of each move.
 */
export function DeleteCategoryDialog({ category, menu, onDelete, onClose }: DeleteCategoryDialogProps) {
  const summaries = useAppStore((state) => state.menus.summaries);
  const byId = useAppStore((state) => state.menus.byId);
  const loadMenu = useAppStore((state) => state.loadMenu);
  const count = category.items.length;
  const menus = summaries.flatMap((summary) => byId[summary.id] ?? []);
  const targets = menus.flatMap((m) => m.categories.filter((c) => c.id !== category.id).map((c) => ({ menu: m, c })));
  const [target, setTarget] = useState<string>(
    () => menu.categories.find((c) => c.id !== category.id)?.id ?? targets[0]?.c.id ?? '',
  );

  // The other menus' categories are places to move to as well.
  useEffect(() => {
    if (count === 0) return;
    for (const summary of summaries) if (!byId[summary.id]) void loadMenu(summary.id);
  }, [count, summaries, byId, loadMenu]);

  if (count === 0) {
    return (
      <ConfirmDialog
        title={`Delete the category ${category.name}?`}
        description={
          <>
            <p>It holds no items. Partners are sent {menu.name} without it.</p>
            <WhoWillReceive eventTypes={structureEvents} />
          </>
        }
        confirmLabel="Delete category"
        danger
        onConfirm={() => onDelete(undefined)}
        onClose={onClose}
      />
    );
  }

  return (
    <ConfirmDialog
      title={`Delete the category ${category.name}?`}
      description={
        <>
          <p>
            It holds {count === 1 ? '1 item' : `${count} items`}, which move to the category you choose, after its own
            items. Partners are told about each item that moves.
          </p>
          {targets.length === 0 ? (
            <p className="inline-message inline-message-error">
              There is no other category to move them to. Add one first, or delete the items.
            </p>
          ) : (
            <FieldFrame label="Move its items to">
              {({ id }) => (
                <select id={id} className="input" value={target} onChange={(event) => setTarget(event.target.value)}>
                  {menus.map((m) => (
                    <optgroup key={m.id} label={m.name}>
                      {m.categories
                        .filter((c) => c.id !== category.id)
                        .map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.name}
                          </option>
                        ))}
                    </optgroup>
                  ))}
                </select>
              )}
            </FieldFrame>
          )}
          <WhoWillReceive eventTypes={moveItemsEvents} />
        </>
      }
      confirmLabel="Move items and delete"
      danger
      onConfirm={() => (target === '' ? Promise.resolve('Choose where the items go.') : onDelete(target))}
      onClose={onClose}
    />
  );
}
