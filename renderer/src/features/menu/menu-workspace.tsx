import { useEffect, useMemo, useState } from 'react';
import type { BackInStock } from '../../../../shared/domain/back-in-stock';
import type { Menu, MenuCategory, MenuItem } from '../../../../shared/domain/menu';
import { categorySaveInputSchema } from '../../../../shared/domain/menu-structure';
import type { MenuAction } from '../../components/actions-menu';
import { ActionsMenu } from '../../components/actions-menu';
import { ErrorAlert } from '../../components/error-alert';
import { LoadFailed } from '../../components/load-failed';
import { NameDialog } from '../../components/name-dialog';
import { fieldErrorsFrom } from '../../forms/field-errors';
import { useAppStore } from '../../store/store-context';
import { useStoreClock } from '../../time/use-store-clock';
import { backInStockActions } from './back-in-stock-actions';
import { BackInStockDialog } from './back-in-stock-dialog';
import { BulkActionsBar } from './bulk-actions-bar';
import { BulkPriceDialog } from './bulk-price-dialog';
import type { TreeHandlers } from './category-section';
import { DeleteCategoryDialog } from './delete-category-dialog';
import { DeleteItemDialog } from './delete-item-dialog';
import { ItemEditor } from './item-editor';
import { structureEvents } from './menu-events';
import { MenuTree } from './menu-tree';
import type { useItemEditing } from './use-item-editing';

type Editing = ReturnType<typeof useItemEditing>;

/** The dialog the workspace has open, if any. */
type Open =
  | { kind: 'delete-item'; item: MenuItem }
  | { kind: 'until'; ids: string[]; what: string }
  | { kind: 'price' }
  | { kind: 'new-category'; menu: Menu }
  | { kind: 'rename-category'; menu: Menu; category: MenuCategory }
  | { kind: 'delete-category'; menu: Menu; category: MenuCategory }
  | null;

interface MenuWorkspaceProps {
  /** The menus shown: the chosen one, or every menu while searching. */
  menuIds: readonly string[];
  query: string;
  editing: Editing;
}

const validateName = (draft: { name: string }): Record<string, string | undefined> => {
  const parsed = categorySaveInputSchema.safeParse({ menuId: 'm', name: draft.name });
  return parsed.success ? {} : fieldErrorsFrom(parsed.error.issues, ['name']);
};

/** The menus' categories and items beside the item editor; selection, one-click changes and their dialogs live here. */
export function MenuWorkspace({ menuIds, query, editing }: MenuWorkspaceProps) {
  const byId = useAppStore((state) => state.menus.byId);
  const menuErrors = useAppStore((state) => state.menus.menuErrors);
  const loadMenu = useAppStore((state) => state.loadMenu);
  const setInStock = useAppStore((state) => state.setItemsInStock);
  const setPrices = useAppStore((state) => state.setItemPrices);
  const duplicate = useAppStore((state) => state.duplicateMenuItem);
  const deleteItem = useAppStore((state) => state.deleteMenuItem);
  const saveCategory = useAppStore((state) => state.saveCategory);
  const reorderCategories = useAppStore((state) => state.reorderCategories);
  const deleteCategory = useAppStore((state) => state.deleteCategory);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<Open>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const clock = useStoreClock();

  useEffect(() => {
    for (const id of menuIds) if (!byId[id] && !menuErrors[id]) void loadMenu(id);
  }, [menuIds, byId, menuErrors, loadMenu]);

  const menus = menuIds.flatMap((id) => byId[id] ?? []);
  // Every loaded menu's items: the editor may show an item found by a search that is then cleared.
  const items = useMemo(
    () => Object.values(byId).flatMap((menu) => menu.categories.flatMap((category) => category.items)),
    [byId],
  );
  const itemById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const chosen = items.filter((item) => selected.has(item.id));
  const target = editing.target;
  const editingItem = target?.kind === 'item' ? itemById.get(target.id) : undefined;
  const editingMenu = editingItem
    ? byId[editingItem.menuId]
    : target?.kind === 'new'
      ? Object.values(byId).find((menu) => menu.categories.some((c) => c.id === target.categoryId))
      : undefined;

  const missing = menuIds.find((id) => !byId[id]);
  if (menus.length === 0 || (missing && menuIds.length === 1)) {
    const error = missing ? menuErrors[missing] : undefined;
    return error && missing ? (
      <LoadFailed what="this menu" error={error} onRetry={() => void loadMenu(missing)} />
    ) : (
      <p className="loading-text">Loading…</p>
    );
  }

  const select = (ids: string[], on: boolean): void =>
    setSelected((previous) => {
      const next = new Set(previous);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const names = (ids: readonly string[]): string => ids.map((id) => itemById.get(id)?.name ?? id).join(', ');
  const changeStock = async (ids: string[], inStock: boolean, until?: BackInStock): Promise<string | null> => {
    setActionError(null);
    setBusyIds((previous) => new Set([...previous, ...ids]));
    const result = await setInStock(ids, inStock, until);
    setBusyIds((previous) => new Set([...previous].filter((id) => !ids.includes(id))));
    if (result.ok) return null;
    const message = `Could not ${inStock ? 'bring back' : '86'} ${names(ids)}: ${result.error.issues?.[0]?.message ?? result.error.message}`;
    setActionError(message);
    return message;
  };

  const untilActions = (ids: string[], what: string, menu: Menu | null): MenuAction[] =>
    backInStockActions({
      clock,
      hours: menu ? menu.hours : null,
      onChoose: (until) => void changeStock(ids, false, until),
      onPickTime: () => setOpen({ kind: 'until', ids, what }),
    });

  const rowActions = (item: MenuItem): (MenuAction | null)[] => {
    const menu = byId[item.menuId];
    return [
      {
        label: 'Duplicate',
        onSelect: () =>
          void duplicate(item.id).then((result) => {
            if (result.ok) editing.request({ kind: 'item', id: result.value.id });
            else setActionError(`Could not duplicate ${item.name}: ${result.error.message}`);
          }),
      },
      null,
      ...untilActions([item.id], item.name, menu ?? null),
      ...(item.inStock ? [] : [{ label: 'Back in stock now', onSelect: () => void changeStock([item.id], true) }]),
      null,
      { label: 'Delete…', danger: true, onSelect: () => setOpen({ kind: 'delete-item', item }) },
    ];
  };

  const handlers: TreeHandlers = {
    currency: menus[0]?.currency ?? 'EUR',
    selected,
    editingId: target?.kind === 'item' ? target.id : null,
    busyIds,
    onSelect: select,
    onEdit: (id) => editing.request({ kind: 'item', id }),
    onStock: (id, inStock) => void changeStock([id], inStock),
    rowActions,
    backInStockWords: (item) => (item.backInStockAt ? `until ${clock.planned(item.backInStockAt)}` : null),
  };

  const chosenMenus = new Set(chosen.map((item) => item.menuId));
  const chosenMenu = chosenMenus.size === 1 ? (byId[[...chosenMenus][0] ?? ''] ?? null) : null;
  const chosenIds = chosen.map((item) => item.id);
  const chosenWhat = chosen.length === 1 ? (chosen[0]?.name ?? '') : `${chosen.length} items`;

  return (
    <>
      <ErrorAlert message={actionError} />
      <div className="menu-layout">
        <div className="menu-tree">
          {chosen.length > 0 ? (
            <BulkActionsBar
              count={chosen.length}
              busy={chosen.some((item) => busyIds.has(item.id))}
              onStock={(inStock) => void changeStock(chosenIds, inStock)}
              untilActions={untilActions(chosenIds, chosenWhat, chosenMenu)}
              onPrice={() => setOpen({ kind: 'price' })}
              onClear={() => setSelected(new Set())}
            />
          ) : null}
          {menus.map((menu) => (
            <MenuTree
              key={menu.id}
              menu={menu}
              query={query}
              withHeading={menuIds.length > 1}
              handlers={handlers}
              onAddItem={(categoryId) => editing.request({ kind: 'new', categoryId })}
              onAddCategory={() => setOpen({ kind: 'new-category', menu })}
              onRenameCategory={(category) => setOpen({ kind: 'rename-category', menu, category })}
              onDeleteCategory={(category) => setOpen({ kind: 'delete-category', menu, category })}
              onReorderCategories={(ids) =>
                void reorderCategories(menu.id, ids).then((result) => {
                  setActionError(result.ok ? null : `Could not reorder the categories: ${result.error.message}`);
                })
              }
            />
          ))}
        </div>
        <div className="menu-side">
          {editingMenu && (editingItem || target?.kind === 'new') ? (
            <ItemEditor
              key={editingItem ? editingItem.id : `new-${target?.kind === 'new' ? target.categoryId : ''}`}
              item={editingItem ?? null}
              categoryId={target?.kind === 'new' ? target.categoryId : (editingItem?.categoryId ?? '')}
              menu={editingMenu}
              onDirtyChange={editing.setDirty}
              onSaved={(saved) => editing.show({ kind: 'item', id: saved.id })}
              onClose={() => editing.request(null)}
              actions={
                editingItem ? (
                  <ActionsMenu label={`More actions for ${editingItem.name}`} actions={rowActions(editingItem)}>
                    <span aria-hidden="true">⋯</span>
                  </ActionsMenu>
                ) : null
              }
            />
          ) : (
            <div className="card card-padded empty-state menu-side-empty">
              <p>Choose an item to edit its name, description, price, picture, modifiers or availability.</p>
            </div>
          )}
        </div>
      </div>
      {open?.kind === 'price' ? (
        <BulkPriceDialog
          items={chosen}
          currency={menus[0]?.currency ?? 'EUR'}
          onClose={() => setOpen(null)}
          onApply={async (prices) => {
            const result = await setPrices(prices);
            if (!result.ok) return `Not saved: ${result.error.message}`;
            setOpen(null);
            return null;
          }}
        />
      ) : null}
      {open?.kind === 'delete-item' ? (
        <DeleteItemDialog
          item={open.item}
          onClose={() => setOpen(null)}
          onDelete={async () => {
            const result = await deleteItem(open.item.id);
            if (!result.ok) return `Not deleted: ${result.error.message}`;
            if (target?.kind === 'item' && target.id === open.item.id) editing.show(null);
            select([open.item.id], false);
            setOpen(null);
            return null;
          }}
        />
      ) : null}
      {open?.kind === 'until' ? (
        <BackInStockDialog
          what={open.what}
          onClose={() => setOpen(null)}
          onChoose={async (until) => {
            const problem = await changeStock(open.ids, false, until);
            if (!problem) setOpen(null);
            return problem;
          }}
        />
      ) : null}
      {open?.kind === 'new-category' || open?.kind === 'rename-category' ? (
        <NameDialog
          title={open.kind === 'new-category' ? `Add a category to ${open.menu.name}` : `Rename ${open.category.name}`}
          initial={{ name: open.kind === 'rename-category' ? open.category.name : '', description: '' }}
          saveLabel={open.kind === 'new-category' ? 'Add category' : 'Rename'}
          eventTypes={structureEvents}
          validate={validateName}
          onClose={() => setOpen(null)}
          onSave={async ({ name }) => {
            const id = open.kind === 'rename-category' ? open.category.id : undefined;
            const result = await saveCategory({ ...(id ? { id } : {}), menuId: open.menu.id, name });
            if (result.ok) setOpen(null);
            return result;
          }}
        />
      ) : null}
      {open?.kind === 'delete-category' ? (
        <DeleteCategoryDialog
          category={open.category}
          menu={open.menu}
          onClose={() => setOpen(null)}
          onDelete={async (moveItemsTo) => {
            const result = await deleteCategory({ id: open.category.id, ...(moveItemsTo ? { moveItemsTo } : {}) });
            if (!result.ok) return `Not deleted: ${result.error.issues?.[0]?.message ?? result.error.message}`;
            if (target?.kind === 'new' && target.categoryId === open.category.id) editing.show(null);
            setOpen(null);
            return null;
          }}
        />
      ) : null}
    </>
  );
}
