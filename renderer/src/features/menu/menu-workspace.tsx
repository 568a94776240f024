import { useCallback, useEffect, useMemo, useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { UnsavedChangesPrompt } from '../../components/unsaved-changes-prompt';
import { useAppStore } from '../../store/store-context';
import { BulkActionsBar } from './bulk-actions-bar';
import { BulkPriceDialog } from './bulk-price-dialog';
import { CategorySection } from './category-section';
import { ItemEditor } from './item-editor';
import { LoadFailed } from '../../components/load-failed';
import { ErrorAlert } from '../../components/error-alert';

/** One menu's categories and items beside the item editor; selection and edits live here. */
export function MenuWorkspace({ menuId }: { menuId: string }) {
  const menu = useAppStore((state) => state.menus.byId[menuId]);
  const menuError = useAppStore((state) => state.menus.menuErrors[menuId]);
  const loadMenu = useAppStore((state) => state.loadMenu);
  const setInStock = useAppStore((state) => state.setItemsInStock);
  const setPrices = useAppStore((state) => state.setItemPrices);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editingId, setEditingId] = useState<string | null>(null);
  const [editorDirty, setEditorDirty] = useState(false);
  /** What to show once the operator agrees to drop unsaved edits: another item, or (null) none. */
  const [pendingEdit, setPendingEdit] = useState<{ next: string | null } | null>(null);
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  const [pricing, setPricing] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    if (!menu) void loadMenu(menuId);
  }, [menu, menuId, loadMenu]);

  const items = useMemo(() => menu?.categories.flatMap((category) => category.items) ?? [], [menu]);
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const editing = editingId ? byId.get(editingId) : undefined;
  const chosen = items.filter((item) => selected.has(item.id));
  const onDirtyChange = useCallback((dirty: boolean) => setEditorDirty(dirty), []);

  if (!menu) {
    return menuError ? (
      <LoadFailed what="this menu" error={menuError} onRetry={() => void loadMenu(menuId)} />
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

  const changeStock = async (ids: string[], inStock: boolean): Promise<void> => {
    setActionError(null);
    setBusyIds((previous) => new Set([...previous, ...ids]));
    const result = await setInStock(ids, inStock);
    setBusyIds((previous) => new Set([...previous].filter((id) => !ids.includes(id))));
    if (!result.ok) {
      const names = ids.map((id) => byId.get(id)?.name ?? id).join(', ');
      setActionError(`Could not ${inStock ? 'bring back' : '86'} ${names}: ${result.error.message}`);
    }
  };

  const requestEdit = (next: string | null): void => {
    if (next === editingId) return;
    if (editorDirty) setPendingEdit({ next });
    else setEditingId(next);
  };

  return (
    <>
      <ErrorAlert message={actionError} />
      <div className="menu-layout">
        <div className="menu-tree" aria-label={`${menu.name} categories`} role="group">
          {chosen.length > 0 ? (
            <BulkActionsBar
              count={chosen.length}
              busy={chosen.some((item) => busyIds.has(item.id))}
              onStock={(inStock) =>
                void changeStock(
                  chosen.map((item) => item.id),
                  inStock,
                )
              }
              onPrice={() => setPricing(true)}
              onClear={() => setSelected(new Set())}
            />
          ) : null}
          {menu.categories.map((category) => (
            <CategorySection
              key={category.id}
              category={category}
              currency={menu.currency}
              selected={selected}
              editingId={editingId}
              busyIds={busyIds}
              onSelect={select}
              onEdit={requestEdit}
              onStock={(id, inStock) => void changeStock([id], inStock)}
            />
          ))}
        </div>
        <div className="menu-side">
          {editing ? (
            <ItemEditor
              key={editing.id}
              item={editing}
              currency={menu.currency}
              onDirtyChange={onDirtyChange}
              onClose={() => requestEdit(null)}
            />
          ) : (
            <div className="card card-padded empty-state menu-side-empty">
              <p>Choose an item to edit its name, description, price or availability.</p>
            </div>
          )}
        </div>
      </div>
      {pricing ? (
        <BulkPriceDialog
          items={chosen}
          currency={menu.currency}
          onClose={() => setPricing(false)}
          onApply={async (prices) => {
            const result = await setPrices(prices);
            if (!result.ok) return `Not saved: ${result.error.message}`;
            setPricing(false);
            return null;
          }}
        />
      ) : null}
      {pendingEdit ? (
        <ConfirmDialog
          title={`Discard your changes to ${editing?.name ?? 'this item'}?`}
          description="The item you are editing has changes that are not saved."
          confirmLabel="Discard changes"
          danger
          onClose={() => setPendingEdit(null)}
          onConfirm={() => {
            setEditingId(pendingEdit.next);
            setEditorDirty(false);
            setPendingEdit(null);
            return Promise.resolve(null);
          }}
        />
      ) : null}
      <UnsavedChangesPrompt when={editorDirty} />
    </>
  );
}
