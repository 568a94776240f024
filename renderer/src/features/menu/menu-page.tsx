import { useEffect, useState } from 'react';
import { menuSaveInputSchema } from '../../../../shared/domain/menu-structure';
import type { MenuAction } from '../../components/actions-menu';
import { ActionsMenu } from '../../components/actions-menu';
import { ErrorAlert } from '../../components/error-alert';
import { LoadFailed } from '../../components/load-failed';
import { NameDialog } from '../../components/name-dialog';
import { PageHeader } from '../../components/page-header';
import { UnsavedChangesPrompt } from '../../components/unsaved-changes-prompt';
import { fieldErrorsFrom } from '../../forms/field-errors';
import { shifted } from '../../forms/list-order';
import { useAppStore } from '../../store/store-context';
import { DeleteMenuDialog } from './delete-menu-dialog';
import { structureEvents } from './menu-events';
import { MenuPicker } from './menu-picker';
import { MenuSearchBox } from './menu-search-box';
import { matchCount } from './menu-search';
import { MenuWorkspace } from './menu-workspace';
import { useItemEditing, type EditTarget } from './use-item-editing';
import './menu-page.css';
import './menu-editing.css';

const validateMenu = (draft: { name: string; description: string }) => {
  const parsed = menuSaveInputSchema.safeParse(draft);
  return parsed.success ? {} : fieldErrorsFrom(parsed.error.issues, ['name', 'description']);
};

/**
 * Back Office → Menu: every menu's categories and items, searched across menus;
 * menus and categories created, renamed, reordered and deleted; an item editor
 * with modifiers; 86 now or until later, alone or in bulk.
 */
export function MenuPage() {
  const summaries = useAppStore((state) => state.menus.summaries);
  const byId = useAppStore((state) => state.menus.byId);
  const loadState = useAppStore((state) => state.menus.loadState);
  const error = useAppStore((state) => state.menus.error);
  const loadMenus = useAppStore((state) => state.loadMenus);
  const saveMenu = useAppStore((state) => state.saveMenu);
  const reorderMenus = useAppStore((state) => state.reorderMenus);
  const deleteMenu = useAppStore((state) => state.deleteMenu);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<'new' | 'rename' | 'delete' | null>(null);
  const [menuError, setMenuError] = useState<string | null>(null);
  const editing = useItemEditing(
    (id) =>
      Object.values(byId)
        .flatMap((menu) => menu.categories.flatMap((category) => category.items))
        .find((item) => item.id === id)?.name,
  );

  useEffect(() => {
    void loadMenus();
  }, [loadMenus]);

  // The chosen menu, or the first one (also after a reset replaced every id).
  const menuId = summaries.some((summary) => summary.id === chosenId) ? chosenId : (summaries[0]?.id ?? null);
  const menu = menuId ? byId[menuId] : undefined;
  const searching = query.trim() !== '';
  const shownIds = searching ? summaries.map((summary) => summary.id) : menuId ? [menuId] : [];
  const matches = searching
    ? Object.fromEntries(
        summaries.map((summary) => [summary.id, byId[summary.id] ? matchCount(byId[summary.id]!, query) : 0]),
      )
    : null;
  const found = matches ? Object.values(matches).reduce((sum, n) => sum + n, 0) : 0;
  const resultText = matches
    ? `${found === 1 ? '1 item' : `${found} items`} found in ${Object.values(matches).filter((n) => n > 0).length} of ${summaries.length} menus.`
    : null;

  const targetMenuId = (target: EditTarget): string | undefined => {
    const loaded = Object.values(byId);
    if (target?.kind === 'item')
      return loaded.find((m) => m.categories.some((c) => c.items.some((i) => i.id === target.id)))?.id;
    if (target?.kind === 'new') return loaded.find((m) => m.categories.some((c) => c.id === target.categoryId))?.id;
    return undefined;
  };

  const index = summaries.findIndex((summary) => summary.id === menuId);
  const ids = summaries.map((summary) => summary.id);
  const reorder = (next: string[]): void =>
    void reorderMenus(next).then((result) =>
      setMenuError(result.ok ? null : `Could not reorder the menus: ${result.error.message}`),
    );
  const menuActions: (MenuAction | null)[] = [
    { label: 'Rename…', onSelect: () => setDialog('rename') },
    { label: 'Move left', disabled: index <= 0, onSelect: () => reorder(shifted(ids, index, -1)) },
    { label: 'Move right', disabled: index >= ids.length - 1, onSelect: () => reorder(shifted(ids, index, 1)) },
    null,
    { label: 'Delete menu…', danger: true, onSelect: () => setDialog('delete') },
  ];

  return (
    <>
      <PageHeader
        section="Back Office"
        title="Menu"
        description="Menus, categories, items and their modifiers. Every change is sent to the partners subscribed to menu events."
        wide
        actions={
          <button type="button" className="button" onClick={() => setDialog('new')}>
            + New menu
          </button>
        }
      />
      <div className="page-body page-wide">
        {loadState === 'failed' ? (
          <LoadFailed what="the menus" error={error} onRetry={() => void loadMenus()} />
        ) : loadState !== 'ready' ? (
          <p className="loading-text">Loading…</p>
        ) : menuId === null ? (
          <div className="card card-padded empty-state">
            <p>There are no menus yet. Add one with “New menu”, or load the sample restaurant in Settings.</p>
          </div>
        ) : (
          <>
            <MenuSearchBox query={query} onQuery={setQuery} resultText={resultText} />
            <div className="menu-bar">
              <MenuPicker
                summaries={summaries}
                chosenId={menuId}
                matches={matches}
                onReorder={reorder}
                onChoose={(id) =>
                  // The editor stays open on an item of the menu chosen (a search result's, say).
                  editing.request(targetMenuId(editing.target) === id ? editing.target : null, () => {
                    setChosenId(id);
                    setQuery('');
                  })
                }
              />
              {searching || !menu ? null : (
                <ActionsMenu label={`Actions for menu ${menu.name}`} actions={menuActions} align="end">
                  Menu actions
                </ActionsMenu>
              )}
            </div>
            <ErrorAlert message={menuError} />
            <MenuWorkspace menuIds={shownIds} query={query} editing={editing} />
          </>
        )}
      </div>
      {dialog === 'new' || (dialog === 'rename' && menu) ? (
        <NameDialog
          title={dialog === 'new' ? 'New menu' : `Rename ${menu?.name ?? ''}`}
          withDescription
          initial={
            dialog === 'rename' && menu
              ? { name: menu.name, description: menu.description }
              : { name: '', description: '' }
          }
          saveLabel={dialog === 'new' ? 'Add menu' : 'Rename'}
          eventTypes={structureEvents}
          validate={validateMenu}
          onClose={() => setDialog(null)}
          onSave={async (draft) => {
            const result = await saveMenu(dialog === 'rename' && menu ? { id: menu.id, ...draft } : draft);
            if (result.ok) {
              setDialog(null);
              editing.request(null, () => {
                setChosenId(result.value.id);
                setQuery('');
              });
            }
            return result;
          }}
        />
      ) : null}
      {dialog === 'delete' && menu ? (
        <DeleteMenuDialog
          menu={menu}
          onClose={() => setDialog(null)}
          onDelete={async () => {
            const result = await deleteMenu(menu.id);
            if (!result.ok) return `Not deleted: ${result.error.issues?.[0]?.message ?? result.error.message}`;
            setDialog(null);
            setChosenId(null);
            return null;
          }}
        />
      ) : null}
      {editing.question}
      <UnsavedChangesPrompt when={editing.dirty} />
    </>
  );
}
