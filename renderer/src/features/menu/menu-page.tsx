import { useEffect, useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { ResetSampleDataButton } from '../../components/reset-sample-data-button';
import { useAppStore } from '../../store/store-context';
import { MenuPicker } from './menu-picker';
import { MenuWorkspace } from './menu-workspace';
import './menu-page.css';
import { LoadFailed } from '../../components/load-failed';

/** Back Office → Menu: menus → categories → items, an item editor, 86 toggles and bulk changes. */
export function MenuPage() {
  const summaries = useAppStore((state) => state.menus.summaries);
  const loadState = useAppStore((state) => state.menus.loadState);
  const error = useAppStore((state) => state.menus.error);
  const loadMenus = useAppStore((state) => state.loadMenus);
  const [chosenId, setChosenId] = useState<string | null>(null);

  useEffect(() => {
    void loadMenus();
  }, [loadMenus]);

  // The chosen menu, or the first one (also after a reset replaced every id).
  const menuId = summaries.some((summary) => summary.id === chosenId) ? chosenId : (summaries[0]?.id ?? null);

  return (
    <>
      <PageHeader
        section="Back Office"
        title="Menu"
        description="Prices, descriptions and availability. Every change is sent to the partners subscribed to menu events."
        wide
        actions={<ResetSampleDataButton />}
      />
      <div className="page-body page-wide">
        {loadState === 'failed' ? (
          <LoadFailed what="the menus" error={error} onRetry={() => void loadMenus()} />
        ) : loadState !== 'ready' ? (
          <p className="loading-text">Loading…</p>
        ) : menuId === null ? (
          <div className="card card-padded empty-state">
            <p>There are no menus yet. Reset the sample data to start from the sample restaurant.</p>
          </div>
        ) : (
          <>
            <MenuPicker summaries={summaries} chosenId={menuId} onChoose={setChosenId} />
            <MenuWorkspace key={menuId} menuId={menuId} />
          </>
        )}
      </div>
    </>
  );
}
